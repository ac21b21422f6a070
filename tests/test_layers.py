"""Imports run downward only: each app may import the apps below it, never one above.

An AST walk over every module of the apps (migrations aside), imports inside functions
included. A lower app that needs something from a higher one offers a hook instead (see
``quiz_submitted``, ``lesson_page_extras``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

BASE = Path(settings.BASE_DIR)

# Which of our apps each app may import (besides itself).
MAY_IMPORT: dict[str, set[str]] = {
    "core": set(),
    "skills": {"core"},
    # Villages sit low so that a learner's profile can name one without the campaign.
    "places": {"core"},
    "lessons": {"skills", "core"},
    "quizzes": {"lessons", "skills", "core"},
    "learners": {"quizzes", "lessons", "skills", "places", "core"},
    "home": {"quizzes", "lessons", "skills", "core"},
    # The door-to-door campaign calls learners' record services.
    "community": {"learners", "quizzes", "lessons", "skills", "places", "core"},
    "portal": {"community", "learners", "home", "quizzes", "lessons", "skills", "places", "core"},
    # The demo content builds on everything; nothing imports it (its seed command is its own).
    "demo": {
        "portal",
        "community",
        "learners",
        "home",
        "quizzes",
        "lessons",
        "skills",
        "places",
        "core",
    },
}
APPS = set(MAY_IMPORT)


def imported_modules(tree: ast.Module, package: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in a module, at any depth."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolved from the module's own package
                parts = package.split(".")
                base = parts[: len(parts) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.append((node.lineno, module))
    return found


def upward_imports(root: Path) -> list[str]:
    """``file:line: app imports other (module)`` for every import the table does not allow."""
    problems = []
    for app in sorted(APPS):
        for path in sorted((root / app).rglob("*.py")):
            relative = path.relative_to(root)
            if "migrations" in relative.parts:
                continue
            package = ".".join(relative.with_suffix("").parts[:-1])
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, module in imported_modules(tree, package):
                target = module.split(".")[0]
                if target in APPS and target != app and target not in MAY_IMPORT[app]:
                    problems.append(f"{relative}:{line}: {app} imports {target} ({module})")
    return problems


def test_no_import_runs_upward():
    problems = upward_imports(BASE)
    assert not problems, "Imports against the layer table:\n" + "\n".join(problems)


def test_the_table_names_every_app_of_ours():
    ours = {config.name for config in apps.get_app_configs() if (BASE / config.name).is_dir()}
    assert ours == APPS
    assert all(MAY_IMPORT[app] <= APPS - {app} for app in APPS)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from learners.models import Learner\n", "core imports learners (learners.models)"),
        ("import quizzes.scoring\n", "core imports quizzes (quizzes.scoring)"),
        ("def helper():\n    from demo import builder\n", "core imports demo (demo)"),
        ("if True:\n    import skills\n", "core imports skills (skills)"),
    ],
)
def test_the_walk_finds_an_upward_import_wherever_it_is(tmp_path, source, expected):
    (tmp_path / "core" / "templatetags").mkdir(parents=True)
    (tmp_path / "core" / "migrations").mkdir()
    (tmp_path / "core" / "templatetags" / "tags.py").write_text(source)
    (tmp_path / "core" / "migrations" / "0001_initial.py").write_text("import learners\n")
    (tmp_path / "core" / "fine.py").write_text("from .templatetags import tags\nimport django\n")
    line = source.count("\n", 0, source.index("import"))
    assert upward_imports(tmp_path) == [f"core/templatetags/tags.py:{line + 1}: {expected}"]


def test_relative_imports_stay_in_their_app(tmp_path):
    (tmp_path / "learners" / "services").mkdir(parents=True)
    (tmp_path / "learners" / "services" / "records.py").write_text(
        "from ..models import Learner\nfrom . import awards\nfrom quizzes.submission import X\n"
    )
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "models.py").write_text("from learners.services import records\n")
    assert upward_imports(tmp_path) == [
        "quizzes/models.py:1: quizzes imports learners (learners.services)"
    ]
