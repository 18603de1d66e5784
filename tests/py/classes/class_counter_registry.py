class Registry:
    items = {}
    def __init__(self, name):
        self.name = name
        Registry.items[name] = self
    @classmethod
    def get(cls, name):
        return cls.items.get(name)
    @staticmethod
    def count():
        return len(Registry.items)
Registry("a"); Registry("b")
print(Registry.count(), Registry.get("a").name, Registry.get("z"))
class Sub(Registry):
    pass
Sub("c")
print(Sub.count(), type(Registry.get("c")).__name__)
