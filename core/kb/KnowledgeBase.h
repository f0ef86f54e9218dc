#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Armlift {

// The bundled, versioned arm64 knowledge base (resources/knowledge/*.json, compiled into the
// core library as Qt resources). Each top-level file is one section: "python", "go",
// "downloads", "images", "native", "artifacts". Rules read their section once when they
// are constructed; nothing re-parses JSON per file.
class KnowledgeBase
{
public:
    // The bundled knowledge base; loaded once per process, thread-safe.
    static const KnowledgeBase &bundled();
    // Loads every *.json in `dir` (tests and --knowledge-base); errors name file and line.
    static KnowledgeBase fromDirectory(const QString &dir, QString *error = nullptr);

    QJsonObject section(const QString &name) const { return m_sections.value(name).toObject(); }
    QString version() const { return m_version; }
    QStringList sectionNames() const { return m_sections.keys(); }

private:
    QJsonObject m_sections;
    QString m_version;
};

} // namespace Armlift
