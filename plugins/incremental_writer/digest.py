"""Render digests: a hash of everything one output file is rendered from.

A page is a pure function of its template, the settings and the values the
template reads. The build's frame (templates, settings, plugins, core code,
registry) is one hash given by newsdigest.sitebuild; this module hashes the
values: the page's own objects (an article, an entity, a paginated list) and
the context globals its template (with everything it extends, includes or
imports) names. Two builds that give a page the same digest render the same
bytes, so the second one may reuse the first one's file.

Objects are hashed from their attributes, recursively, with two shortcuts
that keep one new article from touching the whole site:
- a content object (article or page) nested inside another value is hashed
  by its *listing* digest: its attributes without the ones only its own page
  shows (INCREMENTAL_PAGE_ONLY_ATTRS: related articles, entity chips ...);
- any other object with a `url` nested inside a value (an entity chip, a
  category, a source) is hashed by identity: class, url, names and scalar
  attributes, not the lists of articles its own page shows.
A value this module does not know how to hash makes the page undigestable,
and an undigestable page is always rendered.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date, datetime, time, tzinfo

import jinja2.meta
from pelican.contents import Content

SKIPPED_ATTRS = frozenset({"settings", "_context"})
IDENTITY_ATTRS = ("url", "name", "title", "kind", "slug")
_MISSING = object()


def _repr(value, top: bool) -> str:
    return repr(value)


def _isoformat(value, top: bool) -> str:
    return f"{type(value).__name__}({value.isoformat()})"


class Undigestable(Exception):
    pass


class Digester:
    def __init__(self, page_only_attrs=()):
        self.page_only = frozenset(page_only_attrs)
        self._encoded: dict[int, tuple[object, str]] = {}  # id -> (object kept alive, encoding)
        self._globals: dict[tuple, tuple[list, str]] = {}
        self._shapes: dict[tuple, tuple[tuple, tuple]] = {}
        self._templates: dict[str, frozenset] = {}
        self._handlers: dict[type, object] = {}
        self._record_names: dict[tuple, list[str]] = {}
        self.explain_dir = os.environ.get("NEWSDIGEST_EXPLAIN_DIGESTS") or None

    # values -------------------------------------------------------------
    def _hash(self, text: str) -> str:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def _encode(self, value, top: bool = False) -> str:
        kind = type(value)
        if kind is str:  # most values: inline
            return repr(value) if len(value) < 200 else f"#{self._hash(value)}"
        # How a value is encoded depends only on its class: the handler is
        # worked out once per class (a build encodes about a million values).
        handler = self._handlers.get(kind)
        if handler is None:
            handler = self._handlers[kind] = self._handler_for(kind)
        return handler(value, top)

    def _handler_for(self, kind: type):
        if kind is str:
            return self._plain_text
        if issubclass(kind, str):  # Markup and other str subclasses: the class counts (escaped or not)
            return self._text
        if kind is type(None) or issubclass(kind, (int, float, bool)):
            return _repr
        if issubclass(kind, (datetime, date, time)):
            return _isoformat
        if issubclass(kind, tzinfo):
            return _repr
        if issubclass(kind, (list, tuple)):
            return self._sequence
        if issubclass(kind, dict):
            return self._mapping
        if issubclass(kind, (set, frozenset)):
            return self._set
        if issubclass(kind, Content):
            return self._content_value
        return self._object

    def _plain_text(self, value: str, top: bool) -> str:  # long texts (article bodies) by their hash
        return repr(value) if len(value) < 200 else f"#{self._hash(value)}"

    def _text(self, value: str, top: bool) -> str:
        return repr(value) if len(value) < 200 else f"{type(value).__name__}#{self._hash(value)}"

    def _sequence(self, value, top: bool) -> str:
        return "[" + ",".join(map(self._encode, value)) + "]"

    def _mapping(self, value: dict, top: bool) -> str:
        return "{" + ",".join([f"{self._encode(k)}:{self._encode(v)}" for k, v in sorted(value.items(), key=lambda kv: repr(kv[0]))]) + "}"

    def _set(self, value, top: bool) -> str:
        return "{" + ",".join(sorted([self._encode(v) for v in value])) + "}"

    def _content_value(self, value: Content, top: bool) -> str:
        return self._content(value, full=top)

    def _object(self, value, top: bool) -> str:
        if not top:  # most nested objects (entity chips, articles' sources) were encoded already
            cached = self._encoded.get(id(value))
            if cached is not None and cached[0] is value:
                return cached[1]
        if callable(value) and not hasattr(value, "__dict__"):
            raise Undigestable(type(value).__name__)
        attrs = getattr(value, "__dict__", None)
        if attrs is None:
            raise Undigestable(type(value).__name__)
        if not top and hasattr(value, "url"):
            return self._memo(value, self._identity)
        return self._record(value, attrs)

    def _memo(self, value, encode) -> str:
        """Objects are finished before any page is written, so each nested
        object is encoded once per build (kept alive so its id stays its own)."""
        cached = self._encoded.get(id(value))
        if cached is None or cached[0] is not value:
            cached = self._encoded[id(value)] = (value, encode(value))
        return cached[1]

    def _record(self, value, attrs: dict, skip=frozenset()) -> str:
        encode = self._encode
        # Objects of a class mostly have the same attributes: which of them
        # count, in order, is worked out once per class and attribute set.
        shape = (type(value), tuple(attrs), skip)
        names = self._record_names.get(shape)
        if names is None:
            names = self._record_names[shape] = [name for name in sorted(attrs)
                                                 if name not in SKIPPED_ATTRS and name not in skip and not name.startswith("_nd_")]
        parts = [type(value).__name__]
        parts += [f"{name}={encode(attrs[name])}" for name in names]
        return "(" + ";".join(parts) + ")"

    def _identity(self, value) -> str:
        """Class, url, names and scalar attributes: what a link or chip to
        the object shows, without the lists its own page shows."""
        parts = [type(value).__name__]
        for name in IDENTITY_ATTRS:
            attr = getattr(value, name, _MISSING)
            if attr is not _MISSING:
                parts.append(f"{name}={self._encode(attr)}")
        for name, attr in sorted(vars(value).items()):
            if name not in SKIPPED_ATTRS and (attr is None or isinstance(attr, (str, int, float, bool))):
                parts.append(f"{name}={attr!r}")
        return "<" + ";".join(parts) + ">"

    def _content(self, content: Content, *, full: bool) -> str:
        listing = self._memo(content, self._listing_digest)
        if not full:
            return listing
        # Its own page: the listing's attributes (by their digest, which the
        # build computes anyway) and the attributes only its page shows.
        attrs = vars(content)
        return listing + self._record(content, {name: attrs[name] for name in self.page_only if name in attrs})

    def _listing_digest(self, content: Content) -> str:
        return "L" + self._hash(self._record(content, vars(content), skip=self.page_only) + f"url={content.url!r}")

    def _globals_encoding(self, values: dict) -> str:
        """The context globals a template reads are the same objects for most
        pages of a build: encode each combination once."""
        key = tuple((n, id(v)) for n, v in values.items())
        cached = self._globals.get(key)
        if cached is None or any(a is not b for a, b in zip(cached[0], values.values())):
            cached = self._globals[key] = (list(values.values()), self._encode(values))
        return cached[1]

    # templates ----------------------------------------------------------
    def template_names(self, template) -> frozenset:
        """Names a template reads from its context, with every template it
        extends, includes or imports (a superset is fine: it only costs a
        needless re-render)."""
        env, name = template.environment, template.name
        if name not in self._templates:
            seen, names, todo = set(), set(), [name]
            while todo:
                current = todo.pop()
                if current in seen or current is None:
                    continue
                seen.add(current)
                source = env.loader.get_source(env, current)[0]
                ast = env.parse(source)
                names |= jinja2.meta.find_undeclared_variables(ast)
                todo.extend(t for t in jinja2.meta.find_referenced_templates(ast) if t)
            self._templates[name] = frozenset(names)
        return self._templates[name]

    def page(self, kind: str, name: str, template, context: dict, args: dict) -> str:
        """Digest of one write call: what is written, with what template,
        from which values."""
        template_name = template.name if template is not None else ""
        shown, globals_shown = self._shown(template, tuple(args))
        own = ";".join(f"{k}={self._encode(args[k], top=True)}" for k in shown)
        text = "|".join([kind, name, template_name, self._globals_encoding({n: context[n] for n in globals_shown if n in context}), own])
        if self.explain_dir:  # NEWSDIGEST_EXPLAIN_DIGESTS: what each digest was made of, to diff two builds
            path = os.path.join(self.explain_dir, f"{kind}-{name}".replace("/", "__"))
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        return self._hash(text)

    def _shown(self, template, arg_names: tuple) -> tuple[tuple, tuple]:
        """Which of a write call's own values and which context globals the
        template can show (worked out once per template and call shape)."""
        key = (template.name if template is not None else None, arg_names)
        if key not in self._shapes:
            if template is None:  # a feed: all its values count
                self._shapes[key] = (tuple(sorted(arg_names)), ())
            else:
                used = self.template_names(template)
                # Pelican passes values some templates ignore (all_articles); the
                # lists it paginates show up as articles_page, dates_page ...
                own = tuple(sorted(k for k in arg_names if k.startswith("_") or k in used or any(n.startswith(k + "_") for n in used)))
                self._shapes[key] = (own, tuple(sorted(n for n in used if n not in own)))
        return self._shapes[key]
