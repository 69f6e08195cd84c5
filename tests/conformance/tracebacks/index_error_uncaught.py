data = [[1, 2], [3, 4]]
row = 1
col = 5
print(data[row][col])
