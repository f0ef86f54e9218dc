#include "DiskWatcher.h"

#include "DockerfileEditor.h"
#include "EditorTabs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Armlift {

DiskWatcher::DiskWatcher(EditorTabs *tabs, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatcher::notice);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DiskWatcher::onDirectoryChanged);
    connect(tabs, &EditorTabs::editorOpened, this, &DiskWatcher::watchEditor);
}

void DiskWatcher::setProjectFiles(const QString &root, const QStringList &relativePaths)
{
    m_root = root;
    QSet<QString> wanted;
    for (const QString &rel : relativePaths) {
        if (wanted.size() >= MaxProjectFiles)
            break;
        wanted.insert(QDir(root).filePath(rel));
    }
    QStringList stale;
    for (const QString &path : std::as_const(m_projectFiles)) {
        if (!wanted.contains(path) && !editorFor(path))
            stale.append(path);
    }
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    const QStringList watched = m_watcher.files();
    const QSet<QString> already(watched.cbegin(), watched.cend());
    m_toAdd.clear();
    for (const QString &path : std::as_const(wanted)) {
        if (!already.contains(path))
            m_toAdd.append(path);
    }
    m_projectFiles = wanted;
    addSomePaths();
}

void DiskWatcher::addSomePaths()
{
    // Each watch costs a stat and a system call: thousands are added a batch per event-loop
    // turn, so a large project never freezes the window.
    const QStringList batch = m_toAdd.mid(0, AddBatch);
    m_toAdd.remove(0, batch.size());
    if (!batch.isEmpty())
        m_watcher.addPaths(batch);
    if (!m_toAdd.isEmpty())
        QTimer::singleShot(0, this, &DiskWatcher::addSomePaths);
}

void DiskWatcher::watchEditor(DockerfileEditor *editor)
{
    const QString path = editor->absolutePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    connect(editor, &QObject::destroyed, this, [this, path, folder] {
        if (!m_projectFiles.contains(path) && !editorFor(path))
            m_watcher.removePath(path);
        bool folderInUse = false;
        for (DockerfileEditor *e : m_tabs->editors())
            folderInUse = folderInUse || QFileInfo(e->absolutePath()).absolutePath() == folder;
        if (!folderInUse)
            m_watcher.removePath(folder);
    });
}

void DiskWatcher::notice(const QString &absolutePath)
{
    m_pending.insert(absolutePath);
    m_settle.start();
}

void DiskWatcher::onDirectoryChanged(const QString &directory)
{
    // A file added, removed or renamed here: look again at the files of this folder that lost
    // their watch (replaced, deleted, or back after a delete).
    const QStringList watched = m_watcher.files();
    const QSet<QString> watchedSet(watched.cbegin(), watched.cend());
    for (DockerfileEditor *e : m_tabs->editors()) {
        const QString path = e->absolutePath();
        if (QFileInfo(path).absolutePath() == directory && (!watchedSet.contains(path) || e->isDeletedOnDisk()))
            notice(path);
    }
    for (const QString &path : std::as_const(m_projectFiles)) {
        if (!watchedSet.contains(path) && QFileInfo(path).absolutePath() == directory)
            notice(path);
    }
}

DockerfileEditor *DiskWatcher::editorFor(const QString &absolutePath) const
{
    for (DockerfileEditor *e : m_tabs->editors()) {
        if (e->absolutePath() == absolutePath)
            return e;
    }
    return nullptr;
}

QString DiskWatcher::relativePath(const QString &absolutePath) const
{
    if (DockerfileEditor *e = editorFor(absolutePath))
        return e->relativePath();
    return m_root.isEmpty() ? absolutePath : QDir(m_root).relativeFilePath(absolutePath);
}

bool DiskWatcher::checkEditor(DockerfileEditor *editor)
{
    QFile file(editor->absolutePath());
    if (!file.exists()) {
        if (editor->isDeletedOnDisk() || editor->isNewFile())
            return false;
        editor->markDeletedOnDisk();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly))
        return false; // unreadable for a moment (being replaced); the next event tells
    if (editor->knowsDiskContent(file.readAll()) && !editor->isDeletedOnDisk())
        return false; // our own save, or a change the user already answered
    if (!editor->document()->isModified() && !editor->isDeletedOnDisk()) {
        QString error;
        editor->reloadFromDisk(&error);
    } else {
        editor->showChangedOnDisk();
    }
    return true;
}

void DiskWatcher::checkNow()
{
    m_settle.stop();
    const QSet<QString> pending = std::exchange(m_pending, {});
    const QStringList watched = m_watcher.files();
    const QSet<QString> watchedSet(watched.cbegin(), watched.cend());
    QStringList changed;
    for (const QString &path : pending) {
        const bool exists = QFileInfo::exists(path);
        if (exists && !watchedSet.contains(path) && (m_projectFiles.contains(path) || editorFor(path)))
            m_watcher.addPath(path);
        bool news = true;
        if (DockerfileEditor *e = editorFor(path))
            news = checkEditor(e);
        if (news && (m_projectFiles.contains(path) || editorFor(path)))
            changed.append(relativePath(path));
    }
    if (!changed.isEmpty()) {
        changed.sort();
        Q_EMIT projectFilesChanged(changed);
    }
}

} // namespace Armlift
