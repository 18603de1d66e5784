count = 0
def outer():
    def inner():
        global count
        count += 1
    inner()
    inner()
outer()
print(count)
def reads_global():
    return count * 10
print(reads_global())
def defines_two():
    global ga, gb
    ga, gb = 1, 2
defines_two()
print(ga, gb)
