#include "EditorTabs.h"

#include "DockerfileEditor.h"
#include "fix/ProjectFixer.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace Armlift {

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    setAccessibleName(tr("Open files"));
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *e = qobject_cast<DockerfileEditor *>(widget(index)))
            closeEditor(e);
    });
}

void EditorTabs::setRoot(const QString &root)
{
    m_root = root;
}

DockerfileEditor *EditorTabs::editor(const QString &relativePath) const
{
    for (DockerfileEditor *e : editors()) {
        if (e->relativePath() == relativePath)
            return e;
    }
    return nullptr;
}

DockerfileEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<DockerfileEditor *>(currentWidget());
}

QList<DockerfileEditor *> EditorTabs::editors() const
{
    QList<DockerfileEditor *> out;
    for (int i = 0; i < count(); ++i) {
        if (auto *e = qobject_cast<DockerfileEditor *>(widget(i)))
            out.append(e);
    }
    return out;
}

bool EditorTabs::hasUnsavedChanges() const
{
    for (DockerfileEditor *e : editors()) {
        if (e->document()->isModified())
            return true;
    }
    return false;
}

DockerfileEditor *EditorTabs::openOrCreate(const QString &relativePath, QString *error)
{
    if (editor(relativePath) || !ProjectFixer::canCreate(m_root, relativePath))
        return open(relativePath, error);
    return openEditor(relativePath, true, error);
}

DockerfileEditor *EditorTabs::open(const QString &relativePath, QString *error)
{
    return openEditor(relativePath, false, error);
}

DockerfileEditor *EditorTabs::openEditor(const QString &relativePath, bool newFile, QString *error)
{
    if (DockerfileEditor *existing = editor(relativePath)) {
        setCurrentWidget(existing);
        return existing;
    }
    auto *e = new DockerfileEditor(this);
    e->setFile(m_root, relativePath);
    if (!m_themeName.isEmpty())
        e->setThemeName(m_themeName);
    if (m_fontSet)
        e->setFont(m_font);
    if (newFile) {
        e->startNewFile();
    } else if (!e->load(error)) {
        delete e;
        return nullptr;
    }
    const int index = addTab(e, tabTitle(relativePath));
    setTabToolTip(index, relativePath);
    connect(e->document(), &QTextDocument::modificationChanged, this, [this, e] { updateTitle(e); });
    connect(e, &DockerfileEditor::diskStateChanged, this, [this, e] { updateTitle(e); });
    setCurrentIndex(index);
    Q_EMIT editorOpened(e);
    return e;
}

QString EditorTabs::tabTitle(const QString &relativePath)
{
    // Most projects have many files called "Dockerfile": the folder tells the tabs apart.
    const QFileInfo info(relativePath);
    const QString folder = QFileInfo(info.path()).fileName();
    return folder.isEmpty() || info.path() == u"." ? info.fileName() : folder + u'/' + info.fileName();
}

void EditorTabs::updateTitle(DockerfileEditor *e)
{
    const int index = indexOf(e);
    if (index < 0)
        return;
    QString name = tabTitle(e->relativePath());
    if (e->isDeletedOnDisk())
        name = tr("%1 (deleted)").arg(name);
    else if (e->isNewFile())
        name = tr("%1 (new)").arg(name);
    // The dirty marker is part of the title so screen readers announce it too.
    setTabText(index, e->document()->isModified() ? tr("%1 \u25CF").arg(name) : name);
}

bool EditorTabs::save(DockerfileEditor *e, QString *error)
{
    QString message;
    if (e->save(&message)) {
        updateTitle(e);
        return true;
    }
    if (error)
        *error = message;
    Q_EMIT saveFailed(message);
    return false;
}

int EditorTabs::askToSave(const QStringList &files)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("These files have unsaved changes:\n%1\n\nSave them before closing?").arg(files.join(u'\n')),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window());
    box.setDefaultButton(QMessageBox::Save);
    return box.exec();
}

bool EditorTabs::closeEditor(DockerfileEditor *e)
{
    if (e->document()->isModified()) {
        setCurrentWidget(e);
        const int answer = askToSave({e->relativePath()});
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !save(e, nullptr))
            return false;
    }
    removeTab(indexOf(e));
    e->deleteLater();
    return true;
}

bool EditorTabs::closeAll()
{
    QStringList dirty;
    for (DockerfileEditor *e : editors()) {
        if (e->document()->isModified())
            dirty.append(e->relativePath());
    }
    if (!dirty.isEmpty()) {
        const int answer = askToSave(dirty);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save) {
            for (DockerfileEditor *e : editors()) {
                if (e->document()->isModified() && !save(e, nullptr))
                    return false;
            }
        }
    }
    for (DockerfileEditor *e : editors()) {
        removeTab(indexOf(e));
        e->deleteLater();
    }
    return true;
}

void EditorTabs::setThemeName(const QString &name)
{
    m_themeName = name;
    for (DockerfileEditor *e : editors())
        e->setThemeName(name);
}

void EditorTabs::setEditorFont(const QFont &font)
{
    m_font = font;
    m_fontSet = true;
    for (DockerfileEditor *e : editors())
        e->setFont(font);
}

} // namespace Armlift
