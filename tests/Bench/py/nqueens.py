def solve(n):
    cols = [0] * n
    count = 0
    def ok(row, c):
        for r in range(row):
            d = cols[r] - c
            if d == 0 or d == row - r or d == r - row:
                return False
        return True
    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if ok(row, c):
                cols[row] = c
                place(row + 1)
    place(0)
    return count
solve(8)
