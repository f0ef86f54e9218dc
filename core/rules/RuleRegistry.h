#pragma once

#include "rules/Rule.h"

#include <QHash>
#include <QList>
#include <memory>
#include <vector>

namespace Armlift {

class KnowledgeBase;

// Every rule, built once from the knowledge base.
class RuleRegistry
{
public:
    explicit RuleRegistry(const KnowledgeBase &kb);
    static const RuleRegistry &bundled(); // the bundled knowledge base; built once, thread-safe

    const KnowledgeBase &knowledgeBase() const { return m_kb; }
    const std::vector<std::unique_ptr<Rule>> &rules() const { return m_rules; }
    QList<RuleInfo> infos() const;
    const Rule *rule(const QString &id) const;
    // The rule's ID (info().id), without building its info: asked for every rule of every lint.
    QString id(const Rule *rule) const;
    // The rule's documentation page (Markdown) from resources/rules/<ID>.md.
    static QString documentation(const QString &id);
    // Where the page is published (SARIF helpUri, README links).
    static QString helpUri(const QString &id);

private:
    const KnowledgeBase &m_kb;
    std::vector<std::unique_ptr<Rule>> m_rules;
    QHash<const Rule *, QString> m_ids;
};

} // namespace Armlift
