# this file uses CR-only and CR LF line endings: both end lines, also inside triple-quoted stringsx = """onetwo
three"""print(repr(x))
if x:    print(len(x.splitlines()))print(eval("1 +\\\r2"))