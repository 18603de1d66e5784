# A builtin module is one object under both of its names, whichever is imported first (MicroPython's weak links).
import json
import ujson
import utime
import time
import os, uos, struct, ustruct, sys, usys
print(json is ujson, time is utime, os is uos, struct is ustruct, sys is usys)
import json as j2
print(j2 is json, json.dumps([1]))
print(sys.modules['json'] is sys.modules['ujson'])
