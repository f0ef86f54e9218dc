#include "dockerfile/Dockerfile.h"

#include "text/TextSearch.h"

#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

const InstructionFlag *Instruction::flag(QStringView name) const
{
    for (const InstructionFlag &f : flags)
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QStringList Instruction::argumentWords() const
{
    if (jsonForm) {
        QStringList words;
        for (const MappedText &a : jsonArgs)
            words.append(a.text());
        return words;
    }
    // What splitting on the regex \s+ gives, without the regex.
    const QString &t = args.text();
    QStringList words;
    forEachWord(t, [&](qsizetype from, qsizetype to) { words.append(t.mid(from, to - from)); });
    return words;
}

int Dockerfile::stageByName(const QString &ref) const
{
    // Rules resolve stage references in loops over instructions: a hash lookup, and a lower-case
    // copy only when the reference is not plain lower-case ASCII (stage names are lower-cased
    // when parsed).
    const bool lower = std::all_of(ref.cbegin(), ref.cend(), [](QChar c) {
        return c.unicode() < 0x80 && !(c.unicode() >= u'A' && c.unicode() <= u'Z');
    });
    const auto it = m_stageIndex.constFind(lower ? ref : ref.toLower());
    if (it != m_stageIndex.cend())
        return *it;
    // toInt() is costly and most references are image names: an ASCII letter rules a number out.
    const bool hasLetter = std::any_of(ref.cbegin(), ref.cend(), [](QChar c) {
        return c.unicode() < 0x80 && QChar::isLetter(c.unicode());
    });
    if (hasLetter)
        return -1;
    bool ok = false;
    const int n = ref.toInt(&ok);
    if (ok && n >= 0 && n < m_stages.size())
        return n;
    return -1;
}

namespace {

struct Lookup
{
    bool found = false;
    bool hasValue = false;
    QString value;
};

} // namespace

static Lookup globalArg(const Dockerfile &df, const QString &name)
{
    for (const Instruction &in : df.instructions()) {
        if (in.stage >= 0)
            break;
        if (in.keyword != u"ARG"_s)
            continue;
        for (const KeyValue &kv : in.pairs)
            if (kv.key == name)
                return {true, kv.hasValue, kv.value.text()};
    }
    return {};
}

// Searches the instructions of `stage` before `before`, then the parent stage (FROM <stage>),
// the way BuildKit scopes ARG and ENV. A global ARG is only visible when re-declared.
static Lookup lookupInStage(const Dockerfile &df, const QString &name, int stage, int before, int depth = 0)
{
    const auto &ins = df.instructions();
    if (stage < 0)
        return {};
    const Stage &st = df.stages().at(stage);
    for (int i = qMin(before, int(ins.size())) - 1; i > st.fromInstruction; --i) {
        const Instruction &in = ins.at(i);
        if (in.keyword != u"ARG"_s && in.keyword != u"ENV"_s)
            continue;
        for (auto p = in.pairs.crbegin(); p != in.pairs.crend(); ++p) {
            if (p->key != name)
                continue;
            if (in.keyword == u"ARG"_s && !p->hasValue) {
                const Lookup g = globalArg(df, name);
                return {true, g.hasValue, g.value};
            }
            return {true, p->hasValue, p->value.text()};
        }
    }
    const int parent = st.baseStage;
    if (parent >= 0 && parent < stage && depth < 64)
        return lookupInStage(df, name, parent, df.stages().at(parent).lastInstruction + 1, depth + 1);
    return {};
}

static Lookup lookup(const Dockerfile &df, const QString &name, int index)
{
    const auto &ins = df.instructions();
    if (ins.isEmpty())
        return {};
    if (index < 0 || index >= ins.size())
        index = int(ins.size()) - 1;
    const int stage = ins.at(index).stage;
    if (stage < 0 || ins.at(index).keyword == u"FROM"_s)
        return globalArg(df, name);
    return lookupInStage(df, name, stage, index);
}

bool Dockerfile::isDeclared(const QString &name, int instructionIndex) const
{
    return lookup(*this, name, instructionIndex).found;
}

QString Dockerfile::valueOf(const QString &name, int instructionIndex) const
{
    const Lookup r = lookup(*this, name, instructionIndex);
    return r.found && r.hasValue ? r.value : QString();
}

namespace {

bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

template<typename Resolver>
QString expandWith(const QString &text, Resolver resolve)
{
    QString out;
    out.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'$' || i + 1 >= text.size()) {
            out.append(c);
            ++i;
            continue;
        }
        if (text.at(i + 1) == u'{') {
            const int close = int(text.indexOf(u'}', i + 2));
            if (close < 0) {
                out.append(text.mid(i));
                break;
            }
            const QString inner = text.mid(i + 2, close - i - 2);
            int n = 0;
            while (n < inner.size() && isNameChar(inner.at(n)))
                ++n;
            const QString name = inner.left(n);
            const QString op = inner.mid(n);
            bool known = false;
            const QString v = resolve(name, &known);
            QString rep;
            bool resolved = true;
            if (op.isEmpty()) {
                resolved = known;
                rep = v;
            } else if (op.startsWith(u":-") || op.startsWith(u"-")) {
                const QString def = op.mid(op.startsWith(u":") ? 2 : 1);
                rep = (known && !(op.startsWith(u":") && v.isEmpty())) ? v : def;
            } else if (op.startsWith(u":+") || op.startsWith(u"+")) {
                const QString alt = op.mid(op.startsWith(u":") ? 2 : 1);
                rep = (known && !v.isEmpty()) ? alt : QString();
            } else {
                resolved = false;
            }
            out.append(resolved ? rep : text.mid(i, close - i + 1));
            i = close + 1;
            continue;
        }
        int n = i + 1;
        while (n < text.size() && isNameChar(text.at(n)))
            ++n;
        if (n == i + 1) {
            out.append(c);
            ++i;
            continue;
        }
        bool known = false;
        const QString v = resolve(text.mid(i + 1, n - i - 1), &known);
        out.append(known ? v : text.mid(i, n - i));
        i = n;
    }
    return out;
}

} // namespace

QString Dockerfile::expand(const QString &text, int instructionIndex) const
{
    if (!text.contains(u'$'))
        return text;
    return expandWith(text, [&](const QString &name, bool *known) {
        const Lookup r = lookup(*this, name, instructionIndex);
        *known = r.found && r.hasValue;
        return r.value;
    });
}

QString Dockerfile::expandGlobal(const QString &text) const
{
    if (!text.contains(u'$'))
        return text;
    return expandWith(text, [&](const QString &name, bool *known) {
        const Lookup r = globalArg(*this, name);
        *known = r.found && r.hasValue;
        return r.value;
    });
}

} // namespace Armlift
