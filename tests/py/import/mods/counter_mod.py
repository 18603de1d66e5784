loads = []
loads.append(1)
