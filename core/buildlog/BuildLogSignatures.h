#pragma once

#include "buildlog/BuildLog.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Armlift {

class KnowledgeBase;

struct BuildLogHint
{
    QRegularExpression match;
    QStringList rules;
};

// One known arm64 failure, as data (resources/knowledge/buildlog.json, section "buildlog").
struct BuildLogSignature
{
    QString id;
    QString name;
    QList<QRegularExpression> patterns;
    QStringList rules;            // candidates, checked against the Dockerfile's own findings
    QList<BuildLogHint> hints;    // context -> candidates
    QString fallback;
    bool byPackage = false;       // the rule follows the Python package (python section)
    bool packageFromImport = false;
    bool generic = false;         // yields to a specific signature on the same line
    bool locateFrom = false;      // points at the stage's FROM line, not the failing step
    QString message;
    QString help;
    QString source;
    QHash<QString, QString> defaults;
};

struct BuildLogHit
{
    int signature = -1;           // index into BuildLogSignatures::signatures()
    int line = -1;                // index into BuildLog::lines()
    QHash<QString, QString> captures;
};

class BuildLogSignatures
{
public:
    // Reads section "buildlog" (and "python" for the package -> rule map). Invalid entries are
    // skipped and named in `error`.
    static BuildLogSignatures fromKnowledgeBase(const KnowledgeBase &kb, QString *error = nullptr);

    const QList<BuildLogSignature> &signatures() const { return m_signatures; }

    // Every output line claimed by the first signature that matches it, in log order.
    QList<BuildLogHit> match(const BuildLog &log) const;

    // Python packages pip was working on around line `lineIndex` of the same step (nearest
    // first): `Collecting x`, `Downloading x-1.0.tar.gz`, `Building wheel for x`…
    QStringList packagesAround(const BuildLog &log, int lineIndex) const;
    // `import tvm` -> apache-tvm (table in the data; otherwise the module name as a package).
    QString packageOfModule(const QString &module) const;
    // The catalogue rule for a package: ARM303/ARM304 (own failure mode), ARM302 (no Linux
    // wheels), ARM305 (CUDA only), ARM301 otherwise.
    QString ruleForPackage(const QString &name) const;
    // PEP 503 normalisation: lower case, runs of -_. become one '-'.
    static QString normalizePackage(const QString &name);

private:
    QList<BuildLogSignature> m_signatures;
    QList<QRegularExpression> m_packageContext;
    QHash<QString, QString> m_modules;
    QHash<QString, QString> m_packageRules;
};

} // namespace Armlift
