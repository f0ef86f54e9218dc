#include "scan/ProjectFiles.h"

#include "scan/TextFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Armlift {

using namespace Qt::StringLiterals;

ProjectFiles::ProjectFiles(QString root)
    : m_root(QDir(root).absolutePath())
{
}

QString ProjectFiles::normalize(const QString &path)
{
    QString p = QDir::cleanPath(QString(path).replace(u'\\', u'/'));
    if (p.startsWith(u"./"))
        p = p.mid(2);
    if (p == u"."_s )
        return {};
    if (p.startsWith(u"/") || p == u".."_s || p.startsWith(u"../"))
        return {};
    return p;
}

void ProjectFiles::setOverride(const QString &relativePath, const QString &text)
{
    m_overrides.insert(normalize(relativePath), text);
}

bool ProjectFiles::isFile(const QString &relativePath) const
{
    const QString rel = normalize(relativePath);
    if (rel.isEmpty())
        return false;
    if (m_overrides.contains(rel))
        return true;
    return QFileInfo(m_root + u'/' + rel).isFile();
}

bool ProjectFiles::readText(const QString &relativePath, QString *text, QString *error) const
{
    const QString rel = normalize(relativePath);
    if (rel.isEmpty()) {
        *error = QCoreApplication::translate("ProjectFiles", "%1: outside the scanned folder").arg(relativePath);
        return false;
    }
    if (auto it = m_overrides.constFind(rel); it != m_overrides.cend()) {
        *text = *it;
        return true;
    }
    const QString abs = m_root + u'/' + rel;
    const QFileInfo info(abs);
    if (info.isSymLink()) {
        const QString target = info.canonicalFilePath();
        const QString root = QFileInfo(m_root).canonicalFilePath();
        if (target.isEmpty() || !(target.startsWith(root + u'/'))) {
            *error = QCoreApplication::translate("ProjectFiles", "%1: symbolic link to a file outside the scanned folder; not followed")
                         .arg(rel);
            return false;
        }
    }
    QString warning;
    const bool ok = TextFileReader::read(info, abs, rel, text, error, &warning);
    if (!warning.isEmpty()) {
        QMutexLocker lock(&m_mutex);
        m_errors.append({rel, 0, warning});
    }
    return ok;
}

template<typename T>
static const T *cachedParse(QHash<QString, std::shared_ptr<T>> &cache, QMutex &mutex, QList<ScanError> &errors,
                            QList<QPair<QString, QString>> &used, const ProjectFiles &files, const QString &path,
                            const QString &kind)
{
    const QString rel = ProjectFiles::normalize(path);
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(rel); it != cache.cend())
            return it->get();
    }
    std::shared_ptr<T> parsed;
    QString text, error;
    if (!rel.isEmpty() && files.isFile(rel)) {
        if (files.readText(rel, &text, &error))
            parsed = std::make_shared<T>(T::parse(rel, text));
    }
    QMutexLocker lock(&mutex);
    if (!error.isEmpty())
        errors.append({rel, 0, error});
    if (parsed)
        used.append({rel, kind});
    auto it = cache.insert(rel, parsed);
    return it->get();
}

const RequirementsFile *ProjectFiles::requirements(const QString &relativePath) const
{
    return cachedParse(m_requirements, m_mutex, m_errors, m_used, *this, relativePath, QStringLiteral("requirements"));
}

const GoMod *ProjectFiles::goMod(const QString &relativePath) const
{
    return cachedParse(m_goMods, m_mutex, m_errors, m_used, *this, relativePath, QStringLiteral("gomod"));
}

QList<ScanError> ProjectFiles::errors() const
{
    QMutexLocker lock(&m_mutex);
    return m_errors;
}

void ProjectFiles::noteUsed(const QString &relativePath, const QString &kind) const
{
    const QString rel = normalize(relativePath);
    QMutexLocker lock(&m_mutex);
    const bool known = std::any_of(m_used.cbegin(), m_used.cend(), [&](const auto &u) { return u.first == rel; });
    if (!rel.isEmpty() && !known)
        m_used.append({rel, kind});
}

void ProjectFiles::addError(const ScanError &error) const
{
    QMutexLocker lock(&m_mutex);
    const bool known = std::any_of(m_errors.cbegin(), m_errors.cend(), [&](const ScanError &e) {
        return e.file == error.file && e.line == error.line && e.message == error.message;
    });
    if (!known)
        m_errors.append(error);
}

QList<QPair<QString, QString>> ProjectFiles::usedFiles() const
{
    QMutexLocker lock(&m_mutex);
    return m_used;
}

} // namespace Armlift
