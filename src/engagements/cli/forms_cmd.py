"""form export, form import: the partner request form from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagements.cli.common import emit, fail, open_database, parse_date
from engagements.services import forms
from engagements.settings import today


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    form = subparsers.add_parser("form", help="partner request forms (fillable PDF)")
    actions = form.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common], help="write a fillable request form for a partner"
    )
    export.add_argument("--partner", required=True)
    export.add_argument("--out", required=True, metavar="FILE.pdf")
    export.add_argument(
        "--expires",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help=f"last day the form is accepted (default: "
        f"{forms.DEFAULT_VALIDITY_DAYS} days from today)",
    )
    export.set_defaults(handler=_export)
    imported = actions.add_parser(
        "import", parents=[common], help="record what a returned form asks for"
    )
    imported.add_argument(
        "file",
        metavar="FILE.pdf",
        nargs="+",
        help="a returned form; a folder or several files import as a batch with a summary",
    )
    imported.add_argument("--partner", help="refuse the form unless it was issued to this partner")
    imported.add_argument(
        "--preview", action="store_true", help="only show what the import would do; write nothing"
    )
    imported.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    result = forms.export_form(open_database(args), args.partner, args.out, today(), args.expires)
    return emit(
        args,
        {
            "form_id": result.form_id,
            "path": result.path,
            "expires": result.expires,
            "partner": result.partner_id,
        },
        f"wrote {result.path}: form {result.form_id} for {result.partner_id}, "
        f"valid until {result.expires.isoformat()}",
    )


def _problems(items: tuple[forms.FieldProblem, ...]) -> list[dict[str, str]]:
    return [{"field": p.field, "error": p.error, "message": p.message} for p in items]


def _import(args: argparse.Namespace) -> int:
    if len(args.file) > 1 or Path(args.file[0]).is_dir():
        return _import_batch(args)
    args.file = args.file[0]
    if args.preview:
        return _preview(args)
    try:
        result = forms.import_form(open_database(args), args.file, today(), args.partner)
    except forms.FormRejected as rejected:
        return fail(
            args,
            rejected.exit_code,
            rejected.error,
            rejected.reason,
            field=rejected.field,
            problems=_problems(rejected.problems),
        )
    notes = "".join(f"\n  warning ({p.field}): {p.message}" for p in result.problems)
    return emit(
        args,
        {
            "form_id": result.form_id,
            "partner": result.partner,
            "request_type": result.request_type,
            "created": list(result.created),
            "status": "submitted" if result.request_type == "iem" else "pending",
            "problems": _problems(result.problems),
        },
        f"form {result.form_id} from {result.partner}: recorded {result.request_type} "
        f"request {', '.join(map(str, result.created))} (pending){notes}",
    )


def _preview(args: argparse.Namespace) -> int:
    preview = forms.preview_form_import(open_database(args), args.file, today(), args.partner)
    lines = [f"{p.field}: {p.message}" for p in (*preview.problems, *preview.warnings)]
    return emit(
        args,
        {
            "form_id": preview.form_id,
            "partner": preview.partner_id,
            "partner_name": preview.partner_name,
            "request_type": preview.request_type,
            "acceptable": preview.acceptable,
            "values": preview.values,
            "problems": _problems(preview.problems),
            "warnings": _problems(preview.warnings),
        },
        ("acceptable" if preview.acceptable else "would be refused")
        + "".join(f"\n  {line}" for line in lines),
    )


def _import_batch(args: argparse.Namespace) -> int:
    """Several files or folders: each form imported on its own, then a summary.

    Exit 4 only when nothing was imported; otherwise 0 with the rejected files listed
    (what was imported stays imported).
    """
    if args.preview:
        return fail(args, 2, "usage", "--preview takes one file")
    paths = [
        p
        for name in args.file
        for p in (forms.returned_forms_in(name) if Path(name).is_dir() else [Path(name)])
    ]
    if not paths:  # an empty folder (even one named x.pdf) imported nothing: say so
        folders = ", ".join(forms.shown(name) for name in args.file)
        return fail(
            args, 4, "no_forms_found", f"no request forms (.pdf files) were found in {folders}"
        )
    result = forms.import_forms(open_database(args), paths, today(), None, args.partner)
    lines = [f"imported {len(result.imported)} of {len(paths)} forms"]
    lines += [f"  {forms.shown(Path(r.path).name)}: {r.reason}" for r in result.rejected]
    summary = {
        "imported": [
            {
                "form_id": i.form_id,
                "partner": i.partner,
                "request_type": i.request_type,
                "created": list(i.created),
                "problems": _problems(i.problems),
            }
            for i in result.imported
        ],
        "rejected": [
            {
                "path": r.path,
                "error": r.error,
                "reason": r.reason,
                "problems": _problems(r.problems),
            }
            for r in result.rejected
        ],
        "created": [c for i in result.imported for c in i.created],
        "files": len(paths),
    }
    if result.rejected and not result.imported:
        return fail(args, 4, "no_form_imported", "; ".join(lines[1:]).strip(), **summary)
    return emit(args, summary, "\n".join(lines))
