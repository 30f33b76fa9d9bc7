"""eventcoder: code news articles into a CAMEO political event dataset.

The public API is small and imports nothing heavy until used::

    from eventcoder import code_texts
    events = code_texts([{"id": "a1", "text": "Russia and China signed an agreement.", "date": "2019-09-17"}])
"""
__version__ = "0.1.0"

from . import accel as _accel

_accel.install()    # the optional compiled hot modules (see eventcoder.accel); reads no file yet

__all__ = ["__version__", "code_texts", "Coder"]


def __getattr__(name):  # lazy: importing the package reads no files
    if name == "Coder":
        from .coder import Coder
        return Coder
    if name == "code_texts":
        from .coder import code_texts
        return code_texts
    raise AttributeError(name)
