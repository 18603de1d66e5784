import sys
sys.path.insert(0, "mods")
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError")
try:
    from simple_mod import no_such_name
except ImportError:
    print("ImportError name")
try:
    import raises_on_import
except ValueError as e:
    print("ValueError", e)
print(issubclass(ImportError, Exception))
try:
    import pkg.no_sub
except ImportError:
    print("ImportError sub")
