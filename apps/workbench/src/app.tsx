import { isCalendarDate, isLocale, LOCALES, type Locale, today } from "@redumbrella/questionnaire";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { deriveWorkingSet } from "./data/derive.js";
import type { Entry } from "./data/entries.js";
import { text } from "./messages.js";
import {
  createVault,
  eraseDevice,
  MIN_PASSPHRASE,
  readMeta,
  type Session,
  unlockVault,
  type VaultMeta,
  vaultSupported,
} from "./vault/store.js";
import { ComplaintView } from "./views/complaint.js";
import { ConsentView } from "./views/consent.js";
import { FindingsView } from "./views/findings.js";
import { OpenView } from "./views/open.js";
import { ReleaseView } from "./views/release.js";
import { ReportView } from "./views/report.js";
import { ValidationView } from "./views/validation.js";
import type { ViewProps } from "./views/view.js";

/** Each language's name as its speakers write it: the same in every language, so not a message. */
const LANGUAGE_NAMES: { readonly [L in Locale]: string } = { en: "English", ru: "Русский", kk: "Қазақша" };
const LOCALE_KEY = "redumbrella-workbench.locale";
/** Locked again after this long without a key or a click. */
const IDLE_LOCK_MS = 15 * 60 * 1000;

const VIEWS = ["open", "validation", "consent", "findings", "report", "release", "complaint"] as const;
type ViewName = (typeof VIEWS)[number];
const VIEW_COMPONENTS: { readonly [V in ViewName]: (props: ViewProps) => preact.JSX.Element } = {
  open: OpenView,
  validation: ValidationView,
  consent: ConsentView,
  findings: FindingsView,
  report: ReportView,
  release: ReleaseView,
  complaint: ComplaintView,
};

type Phase =
  | { readonly name: "starting" }
  | { readonly name: "unsupported" }
  | { readonly name: "create"; readonly notice?: "erased" }
  | { readonly name: "locked"; readonly meta: VaultMeta; readonly notice?: "locked" }
  | { readonly name: "open"; readonly session: Session; readonly entries: readonly Entry[]; readonly damaged: number };

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(LOCALE_KEY) ?? "";
  if (isLocale(stored)) return stored;
  const browser = (globalThis.navigator?.language ?? "").slice(0, 2);
  return isLocale(browser) ? browser : "ru";
}

export function App(): preact.JSX.Element {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [phase, setPhase] = useState<Phase>({ name: "starting" });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text("app.title", locale);
    globalThis.localStorage?.setItem(LOCALE_KEY, locale);
  }, [locale]);

  useEffect(() => {
    if (!vaultSupported()) {
      setPhase({ name: "unsupported" });
      return;
    }
    readMeta().then(
      (meta) => setPhase(meta === undefined ? { name: "create" } : { name: "locked", meta }),
      () => setPhase({ name: "unsupported" }),
    );
  }, []);

  // The first view is on screen (bench/workbench.bench.ts reads this mark).
  const marked = useRef(false);
  useEffect(() => {
    if (phase.name === "starting" || marked.current) return;
    marked.current = true;
    performance.mark("workbench:first-view");
  }, [phase]);

  const lock = useCallback(async () => {
    const meta = await readMeta();
    setPhase(meta === undefined ? { name: "create" } : { name: "locked", meta, notice: "locked" });
  }, []);

  const erase = useCallback(async () => {
    await eraseDevice();
    setPhase({ name: "create", notice: "erased" });
  }, []);

  const opened = useCallback(async (session: Session) => {
    const { entries, damaged } = await session.loadEntries();
    setPhase({ name: "open", session, entries, damaged });
  }, []);

  return (
    <div class="app">
      <a class="skip" href="#main">
        {text("app.skip", locale)}
      </a>
      <header class="top">
        <div class="brand">
          <h1>{text("app.title", locale)}</h1>
          <p class="tagline">{text("app.tagline", locale)}</p>
        </div>
        <div class="controls">
          <label class="inline">
            {text("lang.label", locale)}{" "}
            <select id="language" value={locale} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          {phase.name === "open" && (
            <button type="button" id="lock" onClick={lock}>
              {text("vault.lock", locale)}
            </button>
          )}
          {(phase.name === "open" || phase.name === "locked") && <EraseControl locale={locale} onErase={erase} />}
        </div>
      </header>
      {phase.name === "starting" && <p class="status">{text("busy", locale)}</p>}
      {phase.name === "unsupported" && (
        <p class="error" role="alert">
          {text("vault.unsupported", locale)}
        </p>
      )}
      {phase.name === "create" && <CreateForm locale={locale} notice={phase.notice} onOpen={opened} />}
      {phase.name === "locked" && <UnlockForm locale={locale} meta={phase.meta} notice={phase.notice} onOpen={opened} />}
      {phase.name === "open" && (
        <Workbench
          locale={locale}
          session={phase.session}
          entries={phase.entries}
          damaged={phase.damaged}
          onEntries={(added) =>
            setPhase((current) => {
              if (current.name !== "open") return current;
              // Merged by key: a record opened again replaces the stored one (same id), as `redumbrella import` does.
              const byKey = new Map(current.entries.map((e) => [e.key, e]));
              for (const e of added) byKey.set(e.key, e);
              return { ...current, entries: [...byKey.values()] };
            })
          }
          onIdle={lock}
        />
      )}
      <footer class="foot">
        <p>{text("app.offline", locale)}</p>
      </footer>
    </div>
  );
}

function EraseControl({ locale, onErase }: { locale: Locale; onErase: () => Promise<void> }): preact.JSX.Element {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" id="erase" class="danger" onClick={() => setAsking(true)}>
        {text("vault.erase", locale)}
      </button>
    );
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="erase-question">
      <p id="erase-question">{text("vault.erase.confirm", locale)}</p>
      <button type="button" id="erase-confirm" class="danger" ref={confirm} onClick={onErase}>
        {text("vault.erase.yes", locale)}
      </button>{" "}
      <button type="button" onClick={() => setAsking(false)}>
        {text("vault.erase.cancel", locale)}
      </button>
    </div>
  );
}

function CreateForm({
  locale,
  notice,
  onOpen,
}: {
  locale: Locale;
  notice: "erased" | undefined;
  onOpen: (session: Session) => Promise<void>;
}): preact.JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const passphrase = (form.elements.namedItem("passphrase") as HTMLInputElement).value;
    const again = (form.elements.namedItem("again") as HTMLInputElement).value;
    if ([...passphrase].length < MIN_PASSPHRASE) return setError(text("vault.tooShort", locale, { min: MIN_PASSPHRASE }));
    if (passphrase !== again) return setError(text("vault.mismatch", locale));
    setError(null);
    setBusy(true);
    try {
      await onOpen(await createVault(passphrase));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="gate">
      <form onSubmit={submit} aria-describedby="create-intro">
        <h2>{text("vault.create.title", locale)}</h2>
        {notice === "erased" && (
          <p class="notice" role="status">
            {text("vault.erased", locale)}
          </p>
        )}
        <p id="create-intro">{text("vault.create.intro", locale)}</p>
        <input type="text" name="username" autocomplete="username" value="redumbrella-workbench" hidden readOnly />
        <label for="passphrase">{text("vault.passphrase", locale)}</label>
        <input id="passphrase" name="passphrase" type="password" autocomplete="new-password" required />
        <label for="again">{text("vault.confirm", locale)}</label>
        <input id="again" name="again" type="password" autocomplete="new-password" required />
        <p class="error" role="alert">
          {error}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? text("vault.deriving", locale) : text("vault.create.submit", locale)}
        </button>
      </form>
    </main>
  );
}

function UnlockForm({
  locale,
  meta,
  notice,
  onOpen,
}: {
  locale: Locale;
  meta: VaultMeta;
  notice: "locked" | undefined;
  onOpen: (session: Session) => Promise<void>;
}): preact.JSX.Element {
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const field = input.current;
    if (field === null) return;
    setBusy(true);
    setError(false);
    try {
      const session = await unlockVault(meta, field.value);
      if (session === "wrong") {
        setError(true);
        field.select();
        return;
      }
      field.value = "";
      await onOpen(session);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="main" class="gate">
      <form onSubmit={submit} aria-describedby="unlock-intro">
        <h2>{text("vault.unlock.title", locale)}</h2>
        {notice === "locked" && (
          <p class="notice" role="status">
            {text("vault.locked", locale)}
          </p>
        )}
        <p id="unlock-intro">{text("vault.unlock.intro", locale)}</p>
        <input type="text" name="username" autocomplete="username" value="redumbrella-workbench" hidden readOnly />
        <label for="unlock-passphrase">{text("vault.passphrase", locale)}</label>
        <input
          id="unlock-passphrase"
          ref={input}
          type="password"
          autocomplete="current-password"
          required
          aria-invalid={error}
          aria-describedby={error ? "unlock-error" : undefined}
        />
        <p id="unlock-error" class="error" role="alert">
          {error ? text("vault.wrong", locale) : null}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? text("vault.deriving", locale) : text("vault.unlock.submit", locale)}
        </button>
      </form>
    </main>
  );
}

function Workbench({
  locale,
  session,
  entries,
  damaged,
  onEntries,
  onIdle,
}: {
  locale: Locale;
  session: Session;
  entries: readonly Entry[];
  damaged: number;
  /** Adds entries to the working set (by key), once stored. */
  onEntries: (added: readonly Entry[]) => void;
  onIdle: () => void;
}): preact.JSX.Element {
  const [view, setView] = useState<ViewName>("open");
  const [asOf, setAsOf] = useState(today);
  const validatedOn = today();
  const set = useMemo(() => deriveWorkingSet(entries, locale, validatedOn), [entries, locale, validatedOn]);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // A view chosen from the navigation takes the focus to its heading, so a screen reader reads where it is.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [view]);

  useEffect(() => {
    let timer = setTimeout(onIdle, IDLE_LOCK_MS);
    const reset = (): void => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, IDLE_LOCK_MS);
    };
    window.addEventListener("keydown", reset);
    window.addEventListener("pointerdown", reset);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("keydown", reset);
      window.removeEventListener("pointerdown", reset);
    };
  }, [onIdle]);

  const View = VIEW_COMPONENTS[view];
  return (
    <div class="workbench">
      <nav aria-label={text("nav.label", locale)} class="views">
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button type="button" id={`nav-${v}`} aria-current={v === view ? "page" : undefined} onClick={() => setView(v)}>
                {text(`nav.${v}`, locale)}
              </button>
            </li>
          ))}
        </ul>
        <div class="as-of">
          <label for="as-of">{text("asOf.label", locale)}</label>
          <input
            id="as-of"
            type="date"
            value={asOf}
            max="9999-12-31"
            aria-describedby="as-of-hint"
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isCalendarDate(value)) setAsOf(value);
            }}
          />
          <span id="as-of-hint" class="hint">
            {text("asOf.hint", locale)}
          </span>
        </div>
      </nav>
      <main id="main" class="view" data-view={view}>
        {damaged > 0 && (
          <p class="error" role="alert">
            {text("vault.damaged", locale)}
          </p>
        )}
        <View locale={locale} asOf={asOf} validatedOn={validatedOn} set={set} session={session} heading={heading} onEntries={onEntries} />
      </main>
    </div>
  );
}
