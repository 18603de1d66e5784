class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table):
        super().__init__("db error on " + table)
        self.table = table
class NetError(AppError):
    pass
def do(kind):
    if kind == "db": raise DbError("users")
    if kind == "net": raise NetError("timeout")
    raise AppError("generic")
for k in ("db", "net", "x"):
    try:
        do(k)
    except DbError as e:
        print("db", e.table, e)
    except AppError as e:
        print(type(e).__name__, e)
