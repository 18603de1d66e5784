def sub_func():
    return "sub_func"
SUB = 1
