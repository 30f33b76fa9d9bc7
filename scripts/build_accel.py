"""Build the optional compiled modules (see src/eventcoder/accel.py): Cython translates each hot module to C
and the C compiler builds it, two at a time; the extensions and a manifest of the sources' SHA-256 go to
src/eventcoder/_compiled/. Needs Cython 3 (`pip install cython`) and a C compiler; `make accel` does both.

Usage: python scripts/build_accel.py [--clean]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ["EVENTCODER_PURE"] = "1"     # this script imports the package: never its compiled build
from eventcoder import accel  # noqa: E402

BUILD = ROOT / "build" / "accel"
SRC = ROOT / "src" / "eventcoder"


def build(module: str) -> str:
    """Translate and compile one module; returns its source's digest (taken before translating)."""
    digest = accel.source_digest(module)
    c_file = BUILD / f"{module}.c"
    subprocess.run([sys.executable, "-m", "cython", "-3", "--module-name", f"{accel.PACKAGE}.{module}",
                    "-X", "annotation_typing=False", "-X", "embedsignature=False", str(SRC / f"{module}.py"),
                    "-o", str(c_file)], check=True)
    cc = (sysconfig.get_config_var("LDSHARED") or "cc -shared").split()
    flags = (sysconfig.get_config_var("CCSHARED") or "-fPIC").split()
    tmp = BUILD / accel.extension_path(module).name
    subprocess.run([*cc, *flags, "-O2", "-I", sysconfig.get_paths()["include"], str(c_file), "-o", str(tmp)],
                   check=True)
    shutil.move(str(tmp), accel.extension_path(module))
    return digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules (back to pure Python)")
    a = ap.parse_args()
    shutil.rmtree(accel.FOLDER, ignore_errors=True)
    if a.clean:
        print(f"removed {accel.FOLDER}")
        return
    BUILD.mkdir(parents=True, exist_ok=True)
    accel.FOLDER.mkdir()
    t = time.perf_counter()
    with ThreadPoolExecutor(max(1, min(len(accel.MODULES), os.cpu_count() or 1))) as pool:
        digests = dict(zip(accel.MODULES, pool.map(build, accel.MODULES)))
    accel.MANIFEST.write_text(json.dumps({"python": sys.implementation.cache_tag, "modules": digests}, indent=1))
    print(f"built {len(digests)} compiled modules in {time.perf_counter() - t:.0f} s -> {accel.FOLDER}")


if __name__ == "__main__":
    main()
