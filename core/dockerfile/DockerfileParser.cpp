#include "dockerfile/DockerfileParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c) { return c == u' ' || c == u'\t'; }

// Instructions whose arguments may start with --flags.
bool takesFlags(const QString &kw)
{
    return kw == u"FROM"_s || kw == u"RUN"_s || kw == u"COPY"_s || kw == u"ADD"_s || kw == u"HEALTHCHECK"_s;
}

bool takesHeredocs(const QString &kw) { return kw == u"RUN"_s || kw == u"COPY"_s || kw == u"ADD"_s; }

QString tr(const char *text) { return QCoreApplication::translate("DockerfileParser", text); }

// The keyword in upper case. Known keywords share a static string instead of allocating one
// per instruction; only ASCII letters are compared, so the result is always what toUpper() gives.
QString upperKeyword(QStringView word)
{
    static const QString known[] = {u"RUN"_s, u"COPY"_s, u"FROM"_s, u"ENV"_s, u"ARG"_s, u"WORKDIR"_s,
                                    u"ADD"_s, u"LABEL"_s, u"ENTRYPOINT"_s, u"CMD"_s, u"EXPOSE"_s,
                                    u"USER"_s, u"VOLUME"_s, u"SHELL"_s, u"ONBUILD"_s, u"HEALTHCHECK"_s,
                                    u"STOPSIGNAL"_s, u"MAINTAINER"_s};
    auto sameAscii = [word](const QString &upper) {
        if (word.size() != upper.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word.at(i).unicode();
            if (c != upper.at(i).unicode() && c != upper.at(i).unicode() + (u'a' - u'A'))
                return false;
        }
        return true;
    };
    for (const QString &k : known)
        if (sameAscii(k))
            return k;
    return word.toString().toUpper();
}

} // namespace

DockerfileParser::DockerfileParser(const QString &path, const QString &text)
{
    m_df.m_path = path;
    m_df.m_doc = TextDocument(text);
}

Dockerfile Dockerfile::parse(const QString &path, const QString &text)
{
    DockerfileParser parser(path, text);
    return parser.run();
}

Dockerfile DockerfileParser::run()
{
    const TextDocument &doc = m_df.m_doc;
    // At most one instruction starts on each line: no reallocation (which moves every
    // instruction) while reading.
    m_df.m_instructions.reserve(doc.lineCount());
    int line = readDirectives();
    while (line <= doc.lineCount()) {
        const QStringView l = doc.line(line);
        int i = 0;
        while (i < l.size() && l.at(i).isSpace())
            ++i;
        if (i == l.size() || l.at(i) == u'#') {
            ++line;
            continue;
        }
        line = readInstruction(line, doc.lineStart(line) + i);
    }
    finishStages();
    return std::move(m_df);
}

// `# syntax=…` / `# escape=…` lines at the very top, before anything else.
int DockerfileParser::readDirectives()
{
    static const QRegularExpression directive(QStringLiteral(R"(^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(\S+)\s*$)"));
    const TextDocument &doc = m_df.m_doc;
    int line = 1;
    while (line <= doc.lineCount()) {
        const auto m = directive.matchView(doc.line(line));
        if (!m.hasMatch())
            break;
        if (m.captured(1).compare(u"escape", Qt::CaseInsensitive) == 0) {
            const QString v = m.captured(2);
            if (v == u"`"_s || v == u"\\"_s)
                m_df.m_escape = v.at(0);
            else
                m_df.m_problems.append({line, tr("invalid escape directive '%1': use \\ or `").arg(v)});
        }
        ++line;
    }
    return line;
}

// Reads one instruction starting at `start` (its first non-blank character) on `line`;
// returns the first line after it (after heredoc bodies).
int DockerfileParser::readInstruction(int line, int start)
{
    const TextDocument &doc = m_df.m_doc;
    const QString &text = doc.text();
    const QChar esc = m_df.m_escape;

    Instruction ins;
    ins.start = start;
    int p = start;
    const int firstLineEnd = doc.lineEnd(line);
    while (p < firstLineEnd && !text.at(p).isSpace())
        ++p;
    ins.keyword = upperKeyword(QStringView(text).mid(start, p - start));
    ins.keywordEnd = p;

    // Assemble the logical line: continuation escapes removed, comment/blank lines inside skipped.
    // The pieces are gathered first so that the text is allocated once, not grown per line.
    struct Piece
    {
        int start;
        int end;
    };
    QVarLengthArray<Piece, 16> pieces;
    int lineEnd = firstLineEnd;
    int pos = p;
    int lastContentEnd = p;
    while (true) {
        int contentEnd = lineEnd;
        while (contentEnd > pos && isBlank(text.at(contentEnd - 1)))
            --contentEnd;
        const bool continued = contentEnd > pos && text.at(contentEnd - 1) == esc;
        if (!continued) {
            pieces.append({pos, lineEnd});
            lastContentEnd = lineEnd;
            break;
        }
        pieces.append({pos, contentEnd - 1});
        lastContentEnd = contentEnd - 1;
        // Skip comment lines and empty lines inside the continuation.
        ++line;
        while (line <= doc.lineCount()) {
            const QStringView next = doc.line(line);
            int k = 0;
            while (k < next.size() && next.at(k).isSpace())
                ++k;
            if (k < next.size() && next.at(k) != u'#')
                break;
            if (k == next.size() && line == doc.lineCount())
                break;
            ++line;
        }
        if (line > doc.lineCount()) {
            m_df.m_problems.append({doc.lineCount(), tr("line continuation at the end of the file")});
            line = doc.lineCount();
            break;
        }
        pos = doc.lineStart(line);
        lineEnd = doc.lineEnd(line);
        if (pos == lineEnd) { // empty last line of the file after a continuation
            lastContentEnd = pos;
            break;
        }
    }
    MappedText logical;
    int length = 0;
    for (const Piece &piece : pieces)
        length += qMax(piece.end - piece.start, 0);
    logical.reserve(length);
    for (const Piece &piece : pieces)
        logical.appendRange(text, piece.start, piece.end);
    logical.setEnd(lastContentEnd);
    ins.end = lastContentEnd;

    // ONBUILD <TRIGGER> args
    int argStart = 0;
    auto skipBlanks = [&](int i) {
        while (i < logical.size() && logical.text().at(i).isSpace())
            ++i;
        return i;
    };
    argStart = skipBlanks(0);
    if (ins.keyword == u"ONBUILD"_s) {
        int e = argStart;
        while (e < logical.size() && !logical.text().at(e).isSpace())
            ++e;
        ins.trigger = upperKeyword(QStringView(logical.text()).mid(argStart, e - argStart));
        argStart = skipBlanks(e);
    }
    const QString &kw = ins.effectiveKeyword();

    if (takesFlags(kw)) {
        while (argStart + 1 < logical.size() && logical.text().at(argStart) == u'-'
               && logical.text().at(argStart + 1) == u'-') {
            int e = argStart;
            bool inQuote = false;
            QChar quote;
            while (e < logical.size() && (inQuote || !logical.text().at(e).isSpace())) {
                const QChar c = logical.text().at(e);
                if (inQuote && c == quote)
                    inQuote = false;
                else if (!inQuote && (c == u'"' || c == u'\''))
                    inQuote = true, quote = c;
                ++e;
            }
            InstructionFlag f;
            const QStringView word = QStringView(logical.text()).mid(argStart + 2, e - argStart - 2);
            const int eq = int(word.indexOf(u'='));
            f.name = (eq < 0 ? word : word.left(eq)).toString();
            if (eq >= 0) {
                QStringView value = word.mid(eq + 1);
                if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
                    value = value.mid(1, value.size() - 2);
                f.value = value.toString();
            }
            f.start = logical.docOffset(argStart);
            f.end = logical.docEnd(e);
            f.valueStart = eq < 0 ? f.end : logical.docOffset(argStart + 2 + eq + 1);
            ins.flags.append(f);
            argStart = skipBlanks(e);
        }
    }
    ins.args = std::move(logical).mid(argStart, logical.size() - argStart);
    if (ins.args.isEmpty())
        ins.args.setEnd(ins.end);

    const QStringView trimmed = QStringView(ins.args.text()).trimmed();
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        ins.jsonForm = parseJsonArray(ins.args, &ins.jsonArgs);

    if (kw == u"ENV"_s || kw == u"ARG"_s || kw == u"LABEL"_s)
        ins.pairs = parsePairs(ins.args, kw == u"ENV"_s);

    int nextLine = line + 1;
    if (!ins.jsonForm && takesHeredocs(kw))
        nextLine = readHeredocs(ins, nextLine);

    if (kw == u"FROM"_s && ins.trigger.isEmpty())
        startStage(ins, int(m_df.m_instructions.size()));
    ins.stage = int(m_df.m_stages.size()) - 1;
    m_df.m_instructions.append(std::move(ins));
    return nextLine;
}

// Finds <<EOT / <<-EOT / <<"EOT" markers in the arguments and reads their bodies from the
// lines after the instruction. Returns the first line after the last body.
int DockerfileParser::readHeredocs(Instruction &ins, int nextLine)
{
    static const QRegularExpression marker(QStringLiteral(R"((?<![<\w])<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2)"));
    const TextDocument &doc = m_df.m_doc;
    const QString &args = ins.args.text();
    // Almost no instruction has a heredoc: skip the regex unless a marker is possible (the
    // single-character search is much cheaper than the substring search, so it goes first).
    if (!args.contains(u'<') || !args.contains(u"<<"))
        return nextLine;
    // Ignore markers inside single or double quotes.
    auto quotedAt = [&](int idx) {
        QChar q;
        for (int i = 0; i < idx; ++i) {
            const QChar c = args.at(i);
            if (!q.isNull()) {
                if (c == q)
                    q = QChar();
            } else if (c == u'"' || c == u'\'') {
                q = c;
            }
        }
        return !q.isNull();
    };
    auto it = marker.globalMatch(args);
    while (it.hasNext()) {
        const auto m = it.next();
        if (quotedAt(int(m.capturedStart())))
            continue;
        Heredoc h;
        h.stripTabs = !m.captured(1).isEmpty();
        h.quoted = !m.captured(2).isEmpty();
        h.delimiter = m.captured(3);
        bool found = false;
        int bodyStart = nextLine <= doc.lineCount() ? doc.lineStart(nextLine) : doc.text().size();
        while (nextLine <= doc.lineCount()) {
            QStringView l = doc.line(nextLine);
            int skip = 0;
            if (h.stripTabs)
                while (skip < l.size() && l.at(skip) == u'\t')
                    ++skip;
            if (l.mid(skip) == h.delimiter) {
                found = true;
                ins.end = doc.lineEnd(nextLine);
                ++nextLine;
                break;
            }
            const int ls = doc.lineStart(nextLine);
            h.body.appendRange(doc.text(), ls + skip, doc.lineEnd(nextLine));
            if (nextLine < doc.lineCount())
                h.body.append(u'\n', doc.lineEnd(nextLine));
            ins.end = doc.lineEnd(nextLine);
            ++nextLine;
        }
        if (h.body.isEmpty())
            h.body.setEnd(bodyStart);
        if (!found) {
            h.terminated = false;
            m_df.m_problems.append({doc.lineOf(ins.start),
                                    tr("heredoc '%1' is not terminated before the end of the file").arg(h.delimiter)});
        }
        ins.heredocs.append(std::move(h));
    }
    return nextLine;
}

void DockerfileParser::startStage(const Instruction &from, int index)
{
    Stage st;
    st.index = int(m_df.m_stages.size());
    st.fromInstruction = index;
    st.lastInstruction = index;
    // The first three blank-separated words (`image AS name`); a split over a regex cost more
    // than the rest of the parse.
    QStringView words[3];
    int count = 0;
    const QString &args = from.args.text();
    for (qsizetype i = 0; i < args.size() && count < 3;) {
        while (i < args.size() && args.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < args.size() && !args.at(i).isSpace())
            ++i;
        if (i > start)
            words[count++] = QStringView(args).mid(start, i - start);
    }
    if (count > 0)
        st.image = words[0].toString();
    if (count >= 3 && words[1].compare(u"as", Qt::CaseInsensitive) == 0)
        st.name = words[2].toString().toLower();
    if (const InstructionFlag *f = from.flag(u"platform"))
        st.platform = f->value;
    if (!st.name.isEmpty() && !m_df.m_stageIndex.contains(st.name))
        m_df.m_stageIndex.insert(st.name, st.index);
    m_df.m_stages.append(std::move(st));
}

void DockerfileParser::finishStages()
{
    for (Stage &st : m_df.m_stages) {
        st.baseStage = m_df.stageByName(st.image);
        int last = st.fromInstruction;
        for (int i = st.fromInstruction + 1; i < m_df.m_instructions.size() && m_df.m_instructions.at(i).stage == st.index; ++i)
            last = i;
        st.lastInstruction = last;
    }
    // Who uses each stage later on. Instructions of stage t all come after every instruction
    // of the stages before t, so "later" is "from a stage with a higher index".
    for (const Instruction &in : std::as_const(m_df.m_instructions)) {
        if (in.stage < 0)
            continue;
        if (in.keyword == u"FROM"_s) {
            const int base = m_df.m_stages.at(in.stage).baseStage;
            if (base >= 0 && base < in.stage)
                m_df.m_stages[base].baseOfLaterStage = true;
            continue;
        }
        auto reads = [&](const QString &ref) {
            const int source = m_df.stageByName(ref);
            if (source >= 0 && source < in.stage)
                m_df.m_stages[source].copiedByLaterStage = true;
        };
        if (const InstructionFlag *from = in.flag(u"from"))
            reads(from->value);
        for (const InstructionFlag &f : in.flags)
            if (f.name == u"mount"_s && f.value.contains(u"from="))
                reads(f.value.section(QStringLiteral("from="), 1).section(u',', 0, 0));
    }
}

} // namespace Armlift
