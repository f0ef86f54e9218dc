#pragma once

#include "rules/RuleContext.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <initializer_list>

namespace Armlift::Internal {

// The characters of a text as a set of 64 bits (each character hashed to one bit). A text
// cannot contain a needle holding a character it lacks: comparing two sets rules out most
// sites before a substring search, which the download rules run over every site.
quint64 charSet(QStringView text);

// A plain text searched for in many sites, with its character set computed once.
struct SiteNeedle
{
    SiteNeedle() = default;
    explicit SiteNeedle(const QString &needle) : text(needle), chars(charSet(needle)) {}
    QString text;
    quint64 chars = 0;
};

// A piece of Dockerfile text that may name a download: one shell word of a command that runs
// on every architecture, or a value BuildKit expands itself (ENV value, ARG default, ADD source).
struct TextSite
{
    int instruction = 0;
    int stage = -1;
    const MappedText *text = nullptr;
    int begin = 0; // [begin, end) indexes text
    int end = 0;
    const ShellSource *shell = nullptr; // null: BuildKit expands the value, not a shell
    int command = -1;                   // index into shell->commands
    int word = -1;                      // index into the command's words
    bool jsonString = false;            // exec-form ["sh", "-c", "…"]: inserted text must be JSON-escaped
    bool singleQuotedValue = false;     // ENV/ARG value written in '…' (BuildKit does not expand it)
    quint64 chars = 0;                  // charSet(raw())

    bool isShell() const { return shell != nullptr; }
    QStringView raw() const { return QStringView(text->text()).mid(begin, end - begin); }
    // raw().contains(needle.text), without searching when the site is too short or lacks one
    // of the needle's characters (most words of a RUN).
    bool contains(const SiteNeedle &needle) const
    {
        return end - begin >= needle.text.size() && (needle.chars & ~chars) == 0 && rawContains(needle.text);
    }
    // raw().contains(needle), with the rules' first-character search (text/TextSearch.h).
    bool rawContains(QStringView needle) const;
    // Would `$VAR` / `$(…)` written at text index `pos` be expanded (not inside '…')?
    bool expandsAt(int pos) const;
};

// Every site of the Dockerfile outside architecture conditionals, in document order. Stages
// pinned to a constant non-arm platform (`FROM --platform=linux/amd64`) are skipped: there an
// amd64 download is right, and ARM101 reports the pin.
QList<TextSite> collectSites(const RuleContext &context);

// Does the text already select by architecture (${TARGETARCH}, $ARCH, $(uname -m), …)?
bool mentionsArchVariable(QStringView text);

// Does the stage's text (all its instructions and heredoc bodies) contain `needle`? Used to find
// the arm64 spelling of an artefact that a Dockerfile downloading both architectures also names.
// Searched in place, without building the text: rules ask it for every stage they flag.
// `needle` holds no line break.
bool stageMentions(const RuleContext &context, int stage, QStringView needle);
// Does the text contain one of `needles`, which all start with the same character (the names of
// checksum tools: "sha256sum", "shasum")? One vectorised search for that character, where a
// search per needle would scan the text again for each.
bool containsAnyOf(QStringView text, std::initializer_list<QLatin1StringView> needles);
// The package an `apt-get install` argument names: "name=version" -> "name".
QStringView aptPackageName(const QString &word);
// Does the text hold a sha256 checksum: 64 lowercase hex digits standing alone, as the regular
// expression (?<![0-9A-Fa-f])[0-9a-f]{64}(?![0-9A-Fa-f]) finds them? One scan, no regex.
bool containsSha256Hex(QStringView text);
// Text that every match of the regular expression `pattern` contains (its longest plain run
// outside groups and classes), so a plain search can rule out most words before the regex runs;
// empty when there is none. Patterns compiled with options (case-insensitive…) must not use it.
QString requiredLiteral(const QString &pattern);
// One instruction's text with its heredoc bodies.
QString instructionText(const Dockerfile &df, int instruction);

// True when the stage's FROM pins a constant platform (no variable), e.g. linux/amd64.
bool stagePinnedToConstantPlatform(const Dockerfile &df, int stage);

// A regex match inside a site, in text indexes.
struct SiteMatch
{
    int start = 0;
    int end = 0;
    int capStart = 0; // the capture group holding the architecture spelling
    int capEnd = 0;
    QString matched;
    QString captured;
};
QList<SiteMatch> matchSite(const TextSite &site, const QRegularExpression &re, int group = 1);

} // namespace Armlift::Internal
