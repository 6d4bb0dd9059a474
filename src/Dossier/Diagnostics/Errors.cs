using System.Globalization;

namespace Dossier.Diagnostics;

/// <summary>
/// The one catalog of user-facing errors (as spaCy's errors.py). Codes are stable: never reuse or renumber one.
/// DSR01xx reading input, DSR02xx pipeline, DSR03xx models, DSR04xx storage, DSR05xx evaluation, DSR06xx command line.
/// </summary>
public static class Errors
{
    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    // DSR01xx: reading input
    public static DossierError FileNotFound(string path) => new("DSR0101", "no such file or directory", path);
    public static DossierError EmptyInput(string path) => new("DSR0102", "the file is empty (nothing to analyse)", path);
    public static DossierError BinaryInput(string path, string why) => new("DSR0103", F($"this looks like a binary file, not an article ({why})"), path);
    public static DossierError TooLarge(string path, long bytes, long limit) =>
        new("DSR0104", F($"the article is {bytes / 1048576.0:0.0} MB, over the {limit / 1048576.0:0.#} MB limit for one article (split it, or raise --max-article-mb)"), path);
    public static DossierError Unreadable(string path, string why) => new("DSR0105", F($"cannot read the file: {why}"), path);
    public static DossierError NoText(string path) => new("DSR0106", "no article text found after removing boilerplate", path);
    public static DossierError BadJsonLine(string path, int line, string why) => new("DSR0107", F($"line {line} is not a valid JSON object: {why}"), F($"{path}:{line}"));
    public static DossierError JsonLineWithoutText(string path, int line) =>
        new("DSR0108", F($"line {line} has no \"text\" field (expected one of text, body, content, articleBody)"), F($"{path}:{line}"));
    public static DossierError UnknownFormat(string path, string why) => new("DSR0109", F($"unsupported input format: {why}"), path);
    public static DossierError InvalidBytesReplaced(string path, int count, string encoding) =>
        new("DSR0110", F($"{count} invalid byte sequence(s) for {encoding} were replaced with U+FFFD"), path);
    // DSR015x: feeds and web archives
    public static DossierError FeedItemWithoutText(string path, int item) =>
        new("DSR0151", F($"feed item {item} has no text and no saved copy of its linked page was found"), F($"{path}#item{item}"));
    public static DossierError BadFeed(string path, string why) => new("DSR0152", F($"the feed is not well-formed XML: {why}"), path);
    public static DossierError BadWarc(string path, long offset, string why) => new("DSR0153", F($"WARC record at byte {offset} is malformed: {why}"), path);
    // DSR013x: web pages
    public static DossierError NoArticle(string path, string why) => new("DSR0130", F($"no article found on this web page ({why}); its body is empty"), path);
    public static DossierError HtmlFailed(string path, string why) => new("DSR0131", F($"the web page could not be read: {why}"), path);
    public static DossierError BadConllu(string path, int line, string why) => new("DSR0120", F($"line {line}: not valid CoNLL-U ({why}); the sentence is skipped"), F($"{path}:{line}"));

    // DSR02xx: pipeline
    public static DossierError MissingPrerequisite(string component, string layer) =>
        new("DSR0201", F($"component '{component}' requires layer '{layer}', which no earlier component assigns; add the component that assigns it before '{component}'"));
    public static DossierError LayerMissing(string layer) => new("DSR0202", F($"the document has no '{layer}' layer; the pipeline did not assign it"));
    public static DossierError LayerAlreadySet(string layer) => new("DSR0203", F($"the '{layer}' layer was already set; two components assign it"));
    public static DossierError LayerAssignedTwice(string layer, string first, string second) =>
        new("DSR0204", F($"layer '{layer}' is assigned by both '{first}' and '{second}'"));
    public static DossierError ComponentFailed(string component, string why) => new("DSR0205", F($"component '{component}' failed: {why}"));

    // DSR03xx: models
    public static DossierError ModelMissing(string path) => new("DSR0301", "model file not found; it ships in models/ (train it with `dossier train`)", path);
    public static DossierError ModelCorrupt(string path, string why) => new("DSR0302", F($"model file is unreadable: {why}"), path);

    // DSR04xx: storage
    public static DossierError StoreUnavailable(string path, string why) => new("DSR0401", F($"cannot open the database: {why}"), path);
    public static DossierError StoreReadOnly(string path) =>
        new("DSR0402", "the database or its folder is read-only; choose a writable place with --db PATH or DOSSIER_DB", path);
    public static DossierError StoreFull(string path, long stored) =>
        new("DSR0403", F($"the disk holding the database is full; {stored} article(s) were stored before it filled and are safe; free some space and run the same command again to carry on"), path);
    public static DossierError StoreTooNew(string path, int version, int known) =>
        new("DSR0404", F($"the database has schema version {version}, newer than this program knows ({known}); update dossier"), path);
    public static DossierError NotADatabase(string path) => new("DSR0405", "the file is not a Dossier database (or it is damaged)", path);
    public static DossierError StoreMissing(string path) => new("DSR0406", "no database here yet; store articles first with `dossier ingest SOURCE…` (or name another one with --db / DOSSIER_DB)", path);
    public static DossierError StoreBusy(string path) => new("DSR0407", "the database is locked by another process for longer than the wait allows; try again when it is done", path);
    public static DossierError BadSearch(string query, string why) => new("DSR0408", F($"cannot search for '{query}': {why}"));
    public static DossierError ActorNotFound(string name) => new("DSR0409", F($"no actor named '{name}' in the store"));
    public static DossierError StoreWriteFailed(string path, string why) => new("DSR0410", F($"writing to the database failed: {why}"), path);
    public static DossierError QueueNeedsServer(string path) =>
        new("DSR0412", "the work queue (ingest --queue, worker) needs a PostgreSQL store: --db postgres://user@host/database", path);
    public static DossierError Interrupted(long stored) =>
        new("DSR0411", F($"interrupted; {stored} article(s) were stored and are safe; run the same command again to carry on"));

    // DSR05xx: evaluation
    public static DossierError EvalDataMissing(string path) => new("DSR0501", "evaluation data not found (pass --data, or set DOSSIER_DATA to the shared data folder)", path);
    public static DossierError BelowFloor(string metric, double value, double floor) => new("DSR0502", F($"{metric} = {value:0.####} is below its floor {floor:0.####}"));
    public static DossierError FingerprintChanged(string metric, string path) =>
        new("DSR0503", F($"the data behind {metric} changed (fingerprint mismatch); re-pin it with `dossier eval gate --update --reason \"...\"`"), path);
    public static DossierError BadBaseline(string path, string why) => new("DSR0504", F($"the baseline file is invalid: {why}"), path);
    public static DossierError EvalDataInvalid(string path, string why) => new("DSR0510", F($"the evaluation data is not in the expected format: {why}"), path);

    // DSR06xx: command line
    public static DossierError BadArgument(string why) => new("DSR0601", why);

    public static DossierError Unexpected(string why) => new("DSR0999", F($"unexpected internal error: {why}"));
}
