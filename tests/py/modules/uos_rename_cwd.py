# E6: after the current directory (or a folder above it) is renamed, relative paths follow it.
import os
for d in ('e6_dir', 'e6_new'):  # leftovers of an interrupted run
    try:
        os.remove(d + '/f.txt')
    except OSError:
        pass
    try:
        os.rmdir(d)
    except OSError:
        pass
os.mkdir('e6_dir')
os.chdir('e6_dir')
with open('f.txt', 'w') as f:
    f.write('kept')
os.rename('../e6_dir', '../e6_new')
print(os.getcwd().endswith('/e6_new'))
with open('f.txt') as f:
    print(f.read())
print(os.listdir('.'))
os.remove('f.txt')
os.chdir('..')
os.rmdir('e6_new')
print('e6_new' in os.listdir('.'))
