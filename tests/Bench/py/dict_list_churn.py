def churn(n):
    d = {}
    l = []
    for i in range(n):
        k = 'k%d' % (i % 500)
        d[k] = d.get(k, 0) + i
        l.append(i * 2)
        if len(l) > 100:
            l.pop(0)
    return sum(d.values()) + sum(l)
churn(60000)
