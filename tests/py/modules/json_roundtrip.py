try:
    import ujson as json
except ImportError:
    import json
d = {'a': 1, 'b': [1, 2.5, None, True, False], 'c': {'x': 'y\n"q"'}, 'u': 'é'}
s = json.dumps(d)
print(s)
print(json.loads(s) == d, json.loads('[1, -2.5e3, "\\u00e9", {"k": null}]'), json.loads(' 12 '))
print(json.dumps([]), json.dumps({}), json.dumps('x'), json.dumps(3), json.dumps((1, 2)), json.dumps({1: 2}))
for bad in ['{', '[1,]', 'nul', '{"a" 1}', '"abc']:
    try:
        json.loads(bad)
    except ValueError:
        print('ValueError')
