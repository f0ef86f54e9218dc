#include "rules/native/WordMap.h"

#include "rules/RuleContext.h"

namespace Armlift {

using namespace Qt::StringLiterals;

WordMap::WordMap(const QString &text, const ShellWord &word)
    : m_wordEnd(word.end)
{
    QChar quote;
    const int end = qMin(word.end, int(text.size()));
    m_index.reserve(qMax(0, end - word.start));
    m_single.reserve(qMax(0, end - word.start));
    for (int i = word.start; i < end; ++i) {
        const QChar c = text.at(i);
        if (quote.isNull()) {
            if (c == u'\'' || c == u'"') {
                quote = c;
                continue;
            }
            if (c == u'\\' && i + 1 < end) {
                ++i;
                if (text.at(i) == u'\n')
                    continue;
            }
        } else if (c == quote) {
            quote = QChar();
            continue;
        } else if (quote == u'"' && c == u'\\' && i + 1 < end
                   && QStringView(u"\"\\$`").contains(text.at(i + 1))) {
            ++i;
        }
        m_index.append(i);
        m_single.append(quote == u'\'');
    }
    m_valid = m_index.size() == word.value.size();
}

int WordMap::textIndex(int valueIndex) const
{
    if (valueIndex < m_index.size())
        return m_index.at(valueIndex);
    return m_wordEnd;
}

int WordMap::textEnd(int valueEnd) const
{
    if (valueEnd <= 0 || m_index.isEmpty())
        return textIndex(0);
    return m_index.at(qMin(valueEnd, int(m_index.size())) - 1) + 1;
}

bool WordMap::singleQuotedAt(int valueIndex) const
{
    return valueIndex < m_single.size() && m_single.at(valueIndex);
}

SourceRange wordPartRange(const Dockerfile &df, const ShellSource &src, const ShellWord &word, int start, int end)
{
    const WordMap map(src.text.text(), word);
    if (!map.isValid())
        return rangeOf(df, src, word);
    return rangeIn(df, src.text, map.textIndex(start), map.textEnd(end));
}

TextEdit wordPartEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const ShellWord &word,
                      int start, int end, const QString &newText)
{
    const WordMap map(src.text.text(), word);
    if (!map.isValid())
        return replaceIn(df, file, src.text, word.start, word.end, newText);
    // An insertion at the very end of the value goes before a closing quote.
    const int s = start > 0 && start == end && start == word.value.size() ? map.textEnd(end) : map.textIndex(start);
    return replaceIn(df, file, src.text, s, end > start ? map.textEnd(end) : s, newText);
}

const KeyValue *findDefinition(const Dockerfile &df, const QString &name, int index, int *instruction)
{
    const auto &ins = df.instructions();
    if (index < 0 || index >= ins.size())
        return nullptr;
    // The stage and the stages it is built FROM: their ARG/ENV values are inherited.
    QList<int> chain;
    for (int s = ins.at(index).stage; s >= 0 && !chain.contains(s);) {
        chain.append(s);
        const int parent = df.stages().at(s).baseStage;
        s = parent < s ? parent : -1;
    }
    bool redeclared = chain.isEmpty(); // a global ARG is only visible when the stage re-declares it
    for (int i = index - 1; i >= 0; --i) {
        const Instruction &in = ins.at(i);
        const bool global = in.stage < 0;
        if (!(global ? redeclared : chain.contains(in.stage)))
            continue;
        const QString &kw = in.effectiveKeyword();
        if (kw != u"ARG"_s && kw != u"ENV"_s)
            continue;
        for (qsizetype p = in.pairs.size() - 1; p >= 0; --p) {
            const KeyValue &kv = in.pairs.at(p);
            if (kv.key != name)
                continue;
            if (kv.hasValue) {
                if (instruction)
                    *instruction = i;
                return &kv;
            }
            if (kw == u"ARG"_s)
                redeclared = true;
        }
    }
    return nullptr;
}

QString baseImageOf(const Dockerfile &df, int stage)
{
    for (int guard = 0; stage >= 0 && guard < 64; ++guard) {
        const Stage &s = df.stages().at(stage);
        const int parent = s.baseStage;
        if (parent < 0 || parent >= stage)
            return df.expandGlobal(s.image);
        stage = parent;
    }
    return {};
}

} // namespace Armlift
