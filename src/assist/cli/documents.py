"""`assist add-document FILE|URL`, `assist documents`, `assist remove-document ID`."""

from __future__ import annotations

import argparse
import json
import sys

from assist.catalogue.documents import missing_note
from assist.cli.output import open_assistant, show_progress
from assist.text.i18n import t


def _progress(stage: str, done: int, total: int) -> None:
    if stage == "read":  # pages of a PDF
        print(f"\rread: {done}/{total} pages", end="" if done < total else "\n",
              file=sys.stderr, flush=True)
    else:
        show_progress(stage, done, total)


def cmd_add(args: argparse.Namespace) -> int:
    assistant = open_assistant()
    added = assistant.add_document(args.source, title=args.title or "",
                                   publisher=args.publisher or "", date=args.date or "",
                                   access=args.access, progress=_progress)
    assistant.reopen(_progress)  # index now: only the new passages are embedded
    doc = added.document
    if args.json:
        print(added.model_dump_json(indent=1))
        return 0
    pages = t("document.pages", args.lang, n=doc.pages) if doc.pages else ""
    print(t(f"document.status.{added.status}", args.lang, title=doc.title, id=doc.id,
            sections=doc.sections, pages=pages))
    for note in added.notes:
        print(f"  note: {note}")
    if note := missing_note(added.missing, args.lang):
        print(f"  {note}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    documents = open_assistant().added_documents(audience=args.audience)
    if args.json:
        print(json.dumps([d.model_dump() for d in documents], ensure_ascii=False, indent=1))
        return 0
    for d in documents:
        pages = str(d.pages) if d.pages else "-"
        print(f"{d.id}\t{d.title}\t{d.source}\t{d.date or '-'}\t{pages} p.\t{d.access}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    assistant = open_assistant()
    assistant.remove_document(args.id)
    assistant.reopen(_progress)
    print(t("document.removed", args.lang, id=args.id))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    add = sub.add_parser("add-document", help="add a document (PDF, DOCX, HTML, Markdown, "
                                              "text) from a file or an http(s) URL")
    add.add_argument("source", metavar="FILE|URL")
    add.add_argument("--title", help="title (default: the file's own, else its name)")
    add.add_argument("--publisher", help="publisher (default: the file's author field)")
    add.add_argument("--date", help="date, e.g. 2025-04-07 (default: the file's)")
    add.add_argument("--access", choices=["public", "restricted"], default="public",
                     help="restricted: agents only, never searched, quoted, listed or "
                          "counted in public (default: %(default)s)")
    add.add_argument("--lang", choices=["fr", "en"], default="fr")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)

    ls = sub.add_parser("documents", help="list the added documents (source, date, pages, "
                                          "access)")
    ls.add_argument("--audience", choices=["public", "agent"], default="public")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    rm = sub.add_parser("remove-document", help="remove an added document by its id")
    rm.add_argument("id")
    rm.add_argument("--lang", choices=["fr", "en"], default="fr")
    rm.set_defaults(func=cmd_remove)
