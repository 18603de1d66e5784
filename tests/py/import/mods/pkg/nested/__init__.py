from ..sub import SUB as PARENT_SUB
NESTED = "nested"
