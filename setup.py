"""Compiles the extraction modules with mypyc at install (`pip install -e .`); the rest of
the project's metadata is in pyproject.toml.

The list of modules and the stale-build guard are in pipeline/compiled.py. Without a C
compiler, with LACTPIPE_NO_MYPYC=1, or when the compilation fails, the project installs as
pure Python (the same rows, slower): the build says so and goes on."""

from __future__ import annotations

import os
import runpy
import shutil
import sys
import sysconfig
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
# read as a file: the build must not import the package (its dependencies are not installed)
COMPILED = runpy.run_path(str(HERE / "pipeline" / "compiled.py"))


def _say(message: str) -> None:
    print(f"lactpipe setup: {message}", flush=True)  # noqa: T201 (pip shows it with -v)


def _compiler() -> str | None:
    command = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shutil.which(command.split()[0])


def _extensions() -> list:
    if os.environ.get(COMPILED["NO_MYPYC"]) == "1":
        _say(f"{COMPILED['NO_MYPYC']}=1: pure Python, not compiled")
        return []
    if _compiler() is None:
        _say("no C compiler: pure Python, not compiled")
        return []
    try:
        from mypyc.build import mypycify

        paths = [str(COMPILED["source_path"](m, Path("pipeline"))) for m in COMPILED["COMPILED"]]
        # --no-site-packages: installed libraries' types (spaCy's, stubs) are Any to mypyc, so
        # an isolated pip build, which has none of them, compiles what a developer's does (the
        # type: ignore comments for spaCy's types go unused then; `make lint` checks them)
        options = [
            f"--config-file={HERE / 'pyproject.toml'}",
            "--no-site-packages",
            "--no-warn-unused-ignores",
            "--disable-error-code=import-untyped",
            *paths,
        ]
        return list(mypycify(options, opt_level="3", group_name=COMPILED["GROUP"]))
    except (Exception, SystemExit) as error:  # mypyc exits on a type error
        _say(f"mypyc failed ({error!r}): pure Python, not compiled")
        return []


def _remove_inplace_build() -> None:
    """An earlier build's compiled modules and stamp, from the source tree (an editable
    install that now installs as plain Python must not leave them in use)."""
    package_dir = HERE / "pipeline"
    stamp = package_dir / COMPILED["STAMP"]
    group = COMPILED["GROUP"].rpartition(".")[2] + "__mypyc"
    built = [stamp, *(package_dir / (group + suffix) for suffix in EXTENSION_SUFFIXES)]
    for module in COMPILED["COMPILED"]:
        source = COMPILED["source_path"](module, package_dir)
        built += [source.with_name(source.stem + suffix) for suffix in EXTENSION_SUFFIXES]
    for path in built:
        path.unlink(missing_ok=True)


class OptionalBuildExt(build_ext):
    """Builds the compiled modules, or nothing: a failed compilation leaves no partial build
    (a .so without its group's shared library would fail at import)."""

    def run(self) -> None:
        if not self.extensions or self.extensions == NOTHING:
            if self.inplace:
                _remove_inplace_build()
            return
        try:
            super().run()
            # the sources' digest beside the build: pipeline/compiled.py runs the modules as
            # source when they have changed since
            package_dir = Path(self.get_ext_fullpath(COMPILED["GROUP"] + "__mypyc")).parent
            digest = COMPILED["sources_digest"](HERE / "pipeline")
            (package_dir / COMPILED["STAMP"]).write_text(digest + "\n")
        except Exception as error:
            _say(f"compilation failed ({error!r}): pure Python, not compiled")
            if self.inplace:
                _remove_inplace_build()
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)


# pip runs setup.py three times: twice for the metadata alone (egg_info, dist_info), where an
# extension that stands for the compiled modules is enough, then for the build, which runs mypyc.
# A build that compiles nothing keeps it too, so that build_ext runs and removes an old build.
NOTHING = [Extension(COMPILED["GROUP"] + "__mypyc", sources=[])]
metadata_only = bool({"egg_info", "dist_info"} & set(sys.argv[1:]))
setup(
    ext_modules=NOTHING if metadata_only else (_extensions() or NOTHING),
    cmdclass={"build_ext": OptionalBuildExt},
)
