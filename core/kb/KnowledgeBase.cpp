#include "kb/KnowledgeBase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Armlift {

// Objects merge key by key, arrays concatenate, other values: the later file wins.
static QJsonObject mergeSections(QJsonObject base, const QJsonObject &add)
{
    for (auto it = add.begin(); it != add.end(); ++it) {
        const QJsonValue old = base.value(it.key());
        if (old.isObject() && it.value().isObject()) {
            base.insert(it.key(), mergeSections(old.toObject(), it.value().toObject()));
        } else if (old.isArray() && it.value().isArray()) {
            QJsonArray merged = old.toArray();
            for (const QJsonValue &v : it.value().toArray())
                merged.append(v);
            base.insert(it.key(), merged);
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

static bool loadInto(QJsonObject &sections, QString &version, const QString &dir, QString *error)
{
    const QDir d(dir);
    const QStringList names = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QCoreApplication::translate("KnowledgeBase", "%1: cannot read: %2").arg(f.fileName(), f.errorString());
            return false;
        }
        const QByteArray data = f.readAll();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error) {
                const int line = int(data.left(pe.offset).count('\n')) + 1;
                *error = QCoreApplication::translate("KnowledgeBase", "%1:%2: invalid JSON: %3")
                             .arg(f.fileName())
                             .arg(line)
                             .arg(pe.errorString());
            }
            return false;
        }
        const QJsonObject o = doc.object();
        const QString section = o.value(u"section").toString(QFileInfo(name).completeBaseName());
        // Several files may feed one section (python.json + python.ecosystems.json): merged.
        sections.insert(section, mergeSections(sections.value(section).toObject(), o));
        const QString v = o.value(u"version").toString();
        if (v > version)
            version = v;
    }
    return true;
}

KnowledgeBase KnowledgeBase::fromDirectory(const QString &dir, QString *error)
{
    KnowledgeBase kb;
    loadInto(kb.m_sections, kb.m_version, dir, error);
    return kb;
}

const KnowledgeBase &KnowledgeBase::bundled()
{
    // Function-local static: built once, thread-safe (C++11 magic statics).
    static const KnowledgeBase kb = [] {
        QString error;
        KnowledgeBase k = fromDirectory(QStringLiteral(":/armlift/knowledge"), &error);
        if (!error.isEmpty())
            qFatal("bundled knowledge base is broken: %s", qPrintable(error));
        return k;
    }();
    return kb;
}

} // namespace Armlift
