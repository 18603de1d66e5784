# CPython as the conformance oracle without a start-up per script (ConformanceTests): started once as
#   python3 -c "__import__('runpy').run_path('cpython_oracle.py', run_name='cpython_oracle')"
# (so __main__ stays as bare as a script's), it reads requests "DIR<TAB>FILE<TAB>OUT<TAB>ERR\n" on stdin and forks a
# child per request that runs DIR/FILE as `cd DIR && python3 FILE >OUT 2>ERR </dev/null` would: __main__ with the
# script's __file__ and loader, sys.argv == [FILE], sys.path[0] == DIR, uncaught exceptions, SystemExit, atexit and
# thread joins through the interpreter's own exit. The parent answers "EXITCODE\n" on stdout when the child ended.
import os
import sys

_requests = os.dup(0)
_replies = os.dup(1)
_null = os.open(os.devnull, os.O_RDWR)
os.dup2(_null, 0)
os.dup2(_null, 1)


def _read_line():
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(_requests, 1)
        if not chunk:
            os._exit(0)
        data += chunk
    return data[:-1].decode("utf-8")


def _serve():
    """Returns (in a child) the request to run; the parent loops here until its input ends."""
    while True:
        request = _read_line().split("\t")
        pid = os.fork()
        if pid == 0:
            return request
        _, status = os.waitpid(pid, 0)
        os.write(_replies, b"%d\n" % os.waitstatus_to_exitcode(status))


def _child(folder, name, out, err):
    os.close(_requests)
    os.close(_replies)
    os.chdir(folder)
    os.dup2(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 1)
    os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
    path = os.path.join(os.getcwd(), name)
    sys.argv = [name]
    sys.path[0] = os.path.dirname(path)
    with open(path, "rb") as f:
        source = f.read()
    code = compile(source, path, "exec")
    import importlib.machinery
    main = sys.modules["__main__"].__dict__
    main["__file__"] = path
    main["__cached__"] = None
    main["__loader__"] = importlib.machinery.SourceFileLoader("__main__", path)
    return code, main


_code, _main = _child(*_serve())
exec(_code, _main)
