def e(s, *a, **k):
    try:
        print(repr(s.format(*a, **k)))
    except Exception as ex:
        print(type(ex).__name__)
e("{")
e("}")
e("{0")
e("{:d}", "s")
e("{:s}", 1)
e("{:.2d}", 1)
e("{:,d}" if False else "{:^d}", 5)
e("{a.b}", a=1)
e("{0}", )
e("{:=s}", "x")
e("{:<}", "x")
e("{0!}", 1)
