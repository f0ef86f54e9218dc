#include "shell/ShellScript.h"

#include <QRegularExpression>

#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// `NAME=…` or `NAME+=…` (a shell assignment word). Hand-written: every rule asks for the
// command name of every command, so a regex here dominated the lint time.
bool isAssignment(const QString &w)
{
    const qsizetype n = w.size();
    if (n < 2)
        return false;
    const auto isAlpha = [](char16_t c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_'; };
    if (!isAlpha(w.at(0).unicode()))
        return false;
    qsizetype i = 1;
    while (i < n && (isAlpha(w.at(i).unicode()) || (w.at(i) >= u'0' && w.at(i) <= u'9')))
        ++i;
    if (i < n && w.at(i) == u'+')
        ++i;
    return i < n && w.at(i) == u'=';
}

} // namespace

int ShellCommand::computeNameIndex() const
{
    for (int i = 0; i < words.size(); ++i) {
        if (!isAssignment(words.at(i).value))
            return i;
    }
    return -1;
}

void ShellCommand::seal()
{
    m_nameIndex = computeNameIndex();
    m_nameStart = m_nameIndex < 0 ? 0 : int(words.at(m_nameIndex).value.lastIndexOf(u'/') + 1);
}

QStringView ShellCommand::unsealedNameView() const
{
    const int i = computeNameIndex();
    if (i < 0)
        return {};
    const QString &v = words.at(i).value;
    return QStringView(v).sliced(v.lastIndexOf(u'/') + 1);
}

QString ShellCommand::name() const
{
    const int i = nameIndex();
    if (i < 0)
        return {};
    const QString &v = words.at(i).value;
    if (m_nameIndex >= 0)
        return m_nameStart == 0 ? v : v.mid(m_nameStart); // no slash: a shared copy, no allocation
    return v.mid(v.lastIndexOf(u'/') + 1);
}

namespace {

enum class TokenKind { Word, Separator, AndIf, OrIf, Pipe, CaseEnd };

struct Token
{
    TokenKind kind = TokenKind::Word;
    ShellWord word;
};

// Skips a $( … ) / $(( … )) / ` … ` / ${ … } group starting at `i` (pointing at '$' or '`');
// returns the index after it.
int skipGroup(const QString &t, int i)
{
    if (t.at(i) == u'`') {
        ++i;
        while (i < t.size() && t.at(i) != u'`') {
            if (t.at(i) == u'\\')
                ++i;
            ++i;
        }
        return qMin(i + 1, int(t.size()));
    }
    const QChar open = t.at(i + 1);
    const QChar close = open == u'(' ? u')' : u'}';
    int depth = 0;
    QChar quote;
    for (int k = i + 1; k < t.size(); ++k) {
        const QChar c = t.at(k);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++k;
            continue;
        }
        if (c == u'\\') {
            ++k;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == open) {
            ++depth;
        } else if (c == close) {
            if (--depth == 0)
                return k + 1;
        }
    }
    return int(t.size());
}

// Most words are one run of characters: their first piece is copied in one allocation of its
// size, where appending it to the empty value would allocate room to grow as well.
void appendPiece(QString &value, QStringView piece)
{
    if (piece.isEmpty())
        return;
    if (value.isEmpty())
        value = piece.toString();
    else
        value.append(piece);
}

// A character that needs no look at its neighbours inside an unquoted word.
bool isPlainWordChar(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'\t': case u'\n': case u'\r': case u';': case u'&': case u'|': case u'(': case u')':
    case u'>': case u'<': case u'\\': case u'\'': case u'"': case u'$': case u'`':
        return false;
    default:
        return true;
    }
}

QList<Token> tokenize(const QString &t)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(t.size());
    // Room for a token every few characters (a guess that fits typical RUN lines), so the
    // list rarely moves its tokens while growing.
    tokens.reserve(n / 6 + 4);
    auto sep = [&](TokenKind k, int at, int len) {
        Token tok;
        tok.kind = k;
        tok.word.start = at;
        tok.word.end = at + len;
        tokens.append(std::move(tok));
    };
    while (i < n) {
        const QChar c = t.at(i);
        if (c == u' ' || c == u'\t' || c == u'\r') {
            ++i;
            continue;
        }
        if (c == u'\\' && i + 1 < n && t.at(i + 1) == u'\n') {
            i += 2;
            continue;
        }
        if (c == u'#') { // a comment: only at the start of a word
            while (i < n && t.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'\n' || c == u';') {
            if (c == u';' && i + 1 < n && t.at(i + 1) == u';') {
                sep(TokenKind::CaseEnd, i, 2);
                i += 2;
                if (i < n && t.at(i) == u'&')
                    ++i;
                continue;
            }
            sep(TokenKind::Separator, i, 1);
            ++i;
            continue;
        }
        if (c == u'&') {
            if (i + 1 < n && t.at(i + 1) == u'&') {
                sep(TokenKind::AndIf, i, 2);
                i += 2;
            } else if (i + 1 < n && t.at(i + 1) == u'>') { // &> redirection
                i += 2;
            } else {
                sep(TokenKind::Separator, i, 1);
                ++i;
            }
            continue;
        }
        if (c == u'|') {
            if (i + 1 < n && t.at(i + 1) == u'|') {
                sep(TokenKind::OrIf, i, 2);
                i += 2;
            } else {
                sep(TokenKind::Pipe, i, 1);
                ++i;
            }
            continue;
        }
        if (c == u'(' || c == u')') { // subshell parentheses and case patterns' ')'
            if (c == u')' && !tokens.isEmpty() && tokens.last().kind == TokenKind::Word
                && tokens.last().word.end == i) {
                tokens.last().word.value.append(c);
                tokens.last().word.end = i + 1;
            } else {
                sep(TokenKind::Separator, i, 1);
            }
            ++i;
            continue;
        }
        // A word.
        Token tok;
        tok.word.start = i;
        QString &v = tok.word.value;
        while (i < n) {
            const QChar d = t.at(i);
            if (d == u' ' || d == u'\t' || d == u'\n' || d == u'\r' || d == u';' || d == u'&' || d == u'|'
                || d == u'(' || d == u')')
                break;
            if ((d == u'>' || d == u'<') && i + 1 < n && t.at(i + 1) == u'&') { // >&2, 2>&1
                v.append(d);
                v.append(t.at(i + 1));
                i += 2;
                continue;
            }
            if (d == u'\\' && i + 1 < n) {
                if (t.at(i + 1) != u'\n')
                    v.append(t.at(i + 1));
                i += 2;
            } else if (d == u'\'') {
                tok.word.quoted = true;
                const int close = int(t.indexOf(u'\'', i + 1));
                const int e = close < 0 ? n : close;
                appendPiece(v, QStringView(t).mid(i + 1, e - i - 1));
                i = e + 1;
            } else if (d == u'"') {
                tok.word.quoted = true;
                ++i;
                while (i < n && t.at(i) != u'"') {
                    if (t.at(i) == u'\\' && i + 1 < n) {
                        v.append(t.at(i + 1));
                        i += 2;
                    } else if ((t.at(i) == u'$' && i + 1 < n && (t.at(i + 1) == u'(' || t.at(i + 1) == u'{'))
                               || t.at(i) == u'`') {
                        const int e = skipGroup(t, i);
                        appendPiece(v, QStringView(t).mid(i, e - i));
                        i = e;
                    } else {
                        // A run of ordinary characters at once, not one append per character.
                        int j = i + 1;
                        while (j < n && t.at(j) != u'"' && t.at(j) != u'\\' && t.at(j) != u'$' && t.at(j) != u'`')
                            ++j;
                        appendPiece(v, QStringView(t).mid(i, j - i));
                        i = j;
                    }
                }
                ++i;
            } else if ((d == u'$' && i + 1 < n && (t.at(i + 1) == u'(' || t.at(i + 1) == u'{')) || d == u'`') {
                const int e = skipGroup(t, i);
                appendPiece(v, QStringView(t).mid(i, e - i));
                i = e;
            } else {
                int j = i + 1;
                while (j < n && isPlainWordChar(t.at(j)))
                    ++j;
                appendPiece(v, QStringView(t).mid(i, j - i));
                i = j;
            }
        }
        tok.word.end = qMin(i, n);
        tokens.append(std::move(tok));
    }
    return tokens;
}

// Does a word or condition decide by CPU architecture?
bool mentionsArch(QStringView text)
{
    static const QRegularExpression arch(QStringLiteral(
        R"((?i)(arch|uname\s+-[mp]|platform|dpkg\s+--print-architecture|\bx86_64\b|\baarch64\b|\bamd64\b|\barm64\b))"));
    return arch.matchView(text).hasMatch();
}

struct Frame
{
    enum Kind { Case, If, Loop, Group } kind;
    bool arch = false;        // the construct selects by architecture
    bool inCondition = false; // if: between if/elif and then
    bool expectPattern = false;
    bool paren = false;       // group: a ( … ) subshell rather than { …; }
    bool chainBefore = false; // group: whether the and-or list around it was architecture-conditional
    QString conditionText;
};

bool isWordKind(const QList<Token> &toks, int i) { return i < toks.size() && toks.at(i).kind == TokenKind::Word; }

// Words from token i up to the next operator: the most a command starting there can take.
qsizetype wordRun(const QList<Token> &toks, int i)
{
    qsizetype k = i;
    while (isWordKind(toks, int(k)))
        ++k;
    return k - i;
}

} // namespace

QList<ShellCommand> ShellScript::parse(const QString &text)
{
    QList<Token> toks = tokenize(text); // words are moved out as commands take them
    QList<ShellCommand> commands;
    // A command ends at each operator: reserving for all of them avoids moving commands.
    commands.reserve(1 + std::count_if(toks.cbegin(), toks.cend(),
                                       [](const Token &t) { return t.kind != TokenKind::Word; }));
    QList<Frame> frames;
    ShellCommand current;
    bool andChainArch = false; // `[ "$TARGETARCH" = amd64 ] && …`, `[ "$(uname -m)" = aarch64 ] || …`
    bool lastWasTestArch = false;
    bool lastPrintsArch = false; // `uname -m`, `dpkg --print-architecture`, `echo "$TARGETARCH"` …
    bool pipeArch = false;       // … piped into the current command (`uname -m | grep -q x86_64 && …`)

    auto inArch = [&] {
        if (andChainArch)
            return true;
        for (const Frame &f : frames)
            if (f.arch && !f.inCondition)
                return true;
        return false;
    };
    auto flush = [&] {
        if (current.words.isEmpty())
            return;
        current.start = current.words.first().start;
        current.end = current.words.last().end;
        current.archConditional = inArch();
        current.seal();
        const QStringView nm = current.nameView();
        lastWasTestArch = false;
        lastPrintsArch = false;
        auto wordsText = [&] {
            QString joined;
            for (const ShellWord &w : current.words)
                joined += w.value + u' ';
            return joined;
        };
        if (nm == u"["_s || nm == u"[["_s || nm == u"test"_s) {
            lastWasTestArch = mentionsArch(wordsText());
        } else if (pipeArch && (nm == u"grep"_s || nm == u"egrep"_s || nm == u"fgrep"_s)) {
            lastWasTestArch = true; // the grep's status tells the architecture
        } else if (nm == u"uname"_s || nm == u"dpkg"_s || nm == u"arch"_s || nm == u"apk"_s || nm == u"echo"_s
                   || nm == u"printf"_s) {
            lastPrintsArch = nm == u"arch"_s || mentionsArch(wordsText());
        }
        if (!frames.isEmpty() && frames.last().inCondition) {
            for (const ShellWord &w : current.words)
                frames.last().conditionText += w.value + u' ';
        }
        commands.append(std::move(current));
        current = ShellCommand();
    };

    // `[ … ] || ( … )`, `[ … ] && { …; }`: the group's commands are as conditional as a single
    // command there would be, until the group closes.
    auto openGroup = [&](bool paren) {
        Frame f{Frame::Group};
        f.paren = paren;
        f.chainBefore = andChainArch;
        f.arch = andChainArch;
        frames.append(f);
        andChainArch = false;
        pipeArch = false;
    };
    auto closeGroup = [&](bool paren) {
        if (frames.isEmpty() || frames.last().kind != Frame::Group || frames.last().paren != paren)
            return false;
        andChainArch = frames.last().chainBefore;
        frames.removeLast();
        return true;
    };

    for (int i = 0; i < toks.size(); ++i) {
        const Token &tok = toks.at(i);
        if (tok.kind == TokenKind::Separator && tok.word.end == tok.word.start + 1
            && (text.at(tok.word.start) == u'(' || text.at(tok.word.start) == u')')) {
            flush();
            if (text.at(tok.word.start) == u'(')
                openGroup(true);
            else if (!closeGroup(true))
                andChainArch = false;
            continue;
        }
        if (tok.kind != TokenKind::Word) {
            flush();
            if (tok.kind == TokenKind::AndIf || tok.kind == TokenKind::OrIf) {
                // What follows `test && …` runs on one architecture, and so does what follows
                // `test || …` (on the others).
                if (lastWasTestArch)
                    andChainArch = true;
            } else if (tok.kind == TokenKind::Pipe) {
                // stays within the same and-or list
            } else {
                andChainArch = false;
            }
            pipeArch = tok.kind == TokenKind::Pipe && (pipeArch || lastPrintsArch);
            if (tok.kind == TokenKind::CaseEnd && !frames.isEmpty() && frames.last().kind == Frame::Case)
                frames.last().expectPattern = true;
            continue;
        }
        const QString &w = tok.word.value;
        const bool commandPosition = current.words.isEmpty();
        Frame *top = frames.isEmpty() ? nullptr : &frames.last();
        if (top && top->kind == Frame::Case && top->expectPattern) {
            if (w == u"esac"_s) {
                frames.removeLast();
                continue;
            }
            // Pattern words up to and including the one ending in ')'. Patterns that name
            // architectures (amd64), x86_64)) make it an architecture case whatever the word is
            // (`case "$MACHINE" in`, `case ${P} in`).
            if (!top->arch && mentionsArch(w))
                top->arch = true;
            if (w.endsWith(u')'))
                top->expectPattern = false;
            continue;
        }
        if (commandPosition && !tok.word.quoted) {
            if (w == u"case"_s && isWordKind(toks, i + 1)) {
                Frame f{Frame::Case};
                f.arch = mentionsArch(toks.at(i + 1).word.value);
                f.expectPattern = true;
                // skip the word and `in`
                i += 1;
                if (isWordKind(toks, i + 1) && toks.at(i + 1).word.value == u"in"_s)
                    i += 1;
                frames.append(f);
                continue;
            }
            if (w == u"esac"_s) {
                if (top && top->kind == Frame::Case)
                    frames.removeLast();
                continue;
            }
            if (w == u"if"_s) {
                Frame f{Frame::If};
                f.inCondition = true;
                frames.append(f);
                continue;
            }
            if (w == u"elif"_s && top && top->kind == Frame::If) {
                top->inCondition = true;
                continue;
            }
            if (w == u"then"_s && top && top->kind == Frame::If) {
                top->inCondition = false;
                top->arch = top->arch || mentionsArch(top->conditionText);
                top->conditionText.clear();
                continue;
            }
            if (w == u"else"_s && top && top->kind == Frame::If)
                continue;
            if (w == u"fi"_s) {
                if (top && top->kind == Frame::If)
                    frames.removeLast();
                continue;
            }
            if (w == u"for"_s || w == u"while"_s || w == u"until"_s) {
                Frame f{Frame::Loop};
                // `for arch in amd64 arm64`: a loop over architectures builds for each one.
                QString header;
                int k = i + 1;
                for (; k < toks.size() && toks.at(k).kind == TokenKind::Word; ++k)
                    header += toks.at(k).word.value + u' ';
                f.arch = w == u"for"_s && mentionsArch(header);
                frames.append(f);
                if (w == u"for"_s)
                    i = k - 1;
                continue;
            }
            if (w == u"do"_s)
                continue;
            if (w == u"done"_s) {
                if (top && top->kind == Frame::Loop)
                    frames.removeLast();
                continue;
            }
            if (w == u"{"_s) {
                openGroup(false);
                continue;
            }
            if (w == u"}"_s) {
                closeGroup(false);
                continue;
            }
            if (w == u"!"_s || w == u"time"_s)
                continue;
        }
        // `( … cmd arg)`: the tokenizer keeps a ')' right after a word with it (a case pattern's
        // `amd64)`); inside a subshell, outside a case pattern, it closes the subshell instead.
        const bool closesParen = !tok.word.quoted && w.endsWith(u')') && top && top->kind == Frame::Group
            && top->paren && w.size() > 1 && w.count(u')') > w.count(u'('); // not a $(…) of its own
        if (current.words.isEmpty())
            current.words.reserve(wordRun(toks, i));
        current.words.append(std::move(toks[i].word)); // the last use of this token
        if (closesParen) {
            ShellWord &last = current.words.last();
            last.value.chop(1);
            last.end -= 1;
            flush();
            closeGroup(true);
        }
    }
    flush();
    return commands;
}

} // namespace Armlift
