#include "workshop/WorkshopCopy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Armlift {

QString WorkshopCopy::bundledSource()
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        bin + u"/../share/armlift/workshop"_s,   // FHS install, .deb, AppImage (usr/bin -> usr/share)
        bin + u"/../Resources/workshop"_s,       // macOS bundle (Contents/MacOS -> Contents/Resources)
        QStringLiteral(ARMLIFT_SOURCE_WORKSHOP), // a development build run from its build folder
    };
    for (const QString &c : candidates) {
        if (QFileInfo(c + u"/README.md"_s).isFile())
            return QDir::cleanPath(c);
    }
    return {};
}

QString WorkshopCopy::userCopyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workshop"_s;
}

namespace {

bool copyTree(const QString &from, const QString &to, QString *error)
{
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString target = to + u'/' + QDir(from).relativeFilePath(info.filePath());
        if (info.isSymLink())
            continue; // the workshop has none; never copy a link that could point outside
        if (info.isDir()) {
            if (!QDir().mkpath(target)) {
                *error = WorkshopCopy::tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(target));
                return false;
            }
            continue;
        }
        QDir().mkpath(QFileInfo(target).path());
        QFile in(info.filePath());
        if (!in.copy(target)) {
            *error = WorkshopCopy::tr("Could not copy %1 to %2: %3")
                         .arg(QDir::toNativeSeparators(info.filePath()), QDir::toNativeSeparators(target),
                              in.errorString());
            return false;
        }
        // Installed files are read-only; the participant's copy must be editable.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner | QFileDevice::ReadOwner);
    }
    return true;
}

} // namespace

bool WorkshopCopy::ensure(const QString &source, const QString &destination, bool reset, QString *error)
{
    if (source.isEmpty() || !QFileInfo(source).isDir()) {
        *error = tr("The bundled workshop was not found (looked next to the program and in the source tree).");
        return false;
    }
    const QFileInfo dest(destination);
    if (dest.exists() && !reset)
        return true;
    const QString parent = dest.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    QTemporaryDir staging(parent + u"/.workshop-XXXXXX"_s);
    if (!staging.isValid()) {
        *error = tr("Could not create a folder in %1: %2").arg(QDir::toNativeSeparators(parent), staging.errorString());
        return false;
    }
    if (!copyTree(source, staging.path(), error))
        return false; // the staging folder goes away with `staging`
    QString old;
    if (dest.exists()) {
        // Move the old copy aside first, so a failed rename can put it back.
        old = staging.path() + u".old"_s;
        if (!QDir().rename(destination, old)) {
            *error = tr("Could not replace %1; it is still as it was.").arg(QDir::toNativeSeparators(destination));
            return false;
        }
    }
    if (!QDir().rename(staging.path(), destination)) {
        if (!old.isEmpty())
            QDir().rename(old, destination);
        *error = tr("Could not move the new copy to %1.").arg(QDir::toNativeSeparators(destination));
        return false;
    }
    staging.setAutoRemove(false);
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return true;
}

} // namespace Armlift
