#pragma once

#include "text/MappedText.h"
#include "text/TextDocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// `--name=value` of an instruction (FROM --platform=…, COPY --from=…, RUN --mount=…).
struct InstructionFlag
{
    QString name;  // without the dashes
    QString value;
    int start = 0; // document offsets of the whole flag
    int end = 0;
    int valueStart = 0;
};

struct Heredoc
{
    QString delimiter;
    bool quoted = false;     // <<"EOT" / <<'EOT': no expansion
    bool stripTabs = false;  // <<-EOT
    bool terminated = true;
    MappedText body;         // lines between the marker line and the delimiter
};

// `ENV K=V`, legacy `ENV K V`, `ARG K[=V]`, `LABEL K=V`: one pair per key.
struct KeyValue
{
    QString key;
    MappedText keyText;
    MappedText value;         // quotes removed, positions kept
    bool hasValue = false;    // ARG without default: false
};

struct Instruction
{
    QString keyword;          // upper case: FROM, RUN, …; for ONBUILD the trigger's keyword is in `trigger`
    QString trigger;          // ONBUILD's inner keyword, upper case
    int start = 0;            // document offset of the first character of the keyword
    int end = 0;              // document offset after the last character (no line break)
    int keywordEnd = 0;
    int stage = -1;           // index into Dockerfile::stages(); -1 before the first FROM
    QList<InstructionFlag> flags;
    MappedText args;          // arguments after the flags, continuations removed, heredoc bodies excluded
    bool jsonForm = false;    // ["a", "b"]
    QList<MappedText> jsonArgs;
    QList<Heredoc> heredocs;
    QList<KeyValue> pairs;    // ENV, ARG, LABEL

    // The keyword that decides what the arguments mean (ONBUILD RUN -> RUN).
    const QString &effectiveKeyword() const { return trigger.isEmpty() ? keyword : trigger; }
    const InstructionFlag *flag(QStringView name) const;
    // The arguments as words: the JSON strings of the exec form, or the blank-separated words
    // (COPY a b /dest -> a, b, /dest). Flags are not part of `args`.
    QStringList argumentWords() const;
};

struct Stage
{
    int index = 0;
    int fromInstruction = 0;  // index into instructions()
    int lastInstruction = 0;  // inclusive
    QString image;            // as written (unexpanded)
    QString name;             // AS name, lower case; empty when unnamed
    QString platform;         // --platform value as written; empty when absent
    // Filled once after parsing, because rules ask for every stage in loops over instructions:
    int baseStage = -1;              // stageByName(image): the stage FROM names, or -1 (may be a
                                     // later stage, which BuildKit rejects: callers check < index)
    bool baseOfLaterStage = false;   // a later FROM names this stage
    bool copiedByLaterStage = false; // a later COPY/ADD --from= or RUN --mount=…,from= reads its files
};

struct ParseProblem
{
    int line = 0;
    QString message;
};

// A parsed Dockerfile. Positions are document offsets; `document()` converts them.
class Dockerfile
{
public:
    static Dockerfile parse(const QString &path, const QString &text);

    const QString &path() const { return m_path; }
    const TextDocument &document() const { return m_doc; }
    QChar escapeChar() const { return m_escape; }
    const QList<Instruction> &instructions() const { return m_instructions; }
    const QList<Stage> &stages() const { return m_stages; }
    const QList<ParseProblem> &problems() const { return m_problems; }

    SourceRange range(int startOffset, int endOffset) const { return m_doc.rangeOf(startOffset, endOffset); }

    // Is `name` an ARG/ENV visible at instruction `index` (BuildKit scoping: a global ARG is
    // only visible in a stage that re-declares it; ENV and ARG inherit from a parent stage)?
    bool isDeclared(const QString &name, int instructionIndex) const;
    // Value of a variable at instruction `index` (defaults of ARG, values of ENV); null when unknown.
    QString valueOf(const QString &name, int instructionIndex) const;
    // Expands $VAR, ${VAR}, ${VAR:-default}, ${VAR:+alt} with the values known at `index`;
    // unknown variables stay as written.
    QString expand(const QString &text, int instructionIndex) const;
    // Stage whose name (or index) is `ref` (for FROM <stage> and COPY --from).
    int stageByName(const QString &ref) const;
    // Global ARG defaults before the first FROM (used to expand FROM lines).
    QString expandGlobal(const QString &text) const;

private:
    friend class DockerfileParser;
    QString m_path;
    TextDocument m_doc;
    QChar m_escape = u'\\';
    QList<Instruction> m_instructions;
    QList<Stage> m_stages;
    QHash<QString, int> m_stageIndex; // lower-case stage name -> first stage with it
    QList<ParseProblem> m_problems;
};

} // namespace Armlift
