#pragma once

#include <QTabWidget>

namespace Armlift {

class DockerfileEditor;

// The centre tabs: one DockerfileEditor per open file, keyed by its path relative to the
// project root. Tab titles carry a dirty marker; saving reports failures without losing text.
class EditorTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit EditorTabs(QWidget *parent = nullptr);

    void setRoot(const QString &root);
    const QString &root() const { return m_root; }

    // Opens (or focuses) the file's editor; null with `error` set when it cannot be read.
    DockerfileEditor *open(const QString &relativePath, QString *error = nullptr);
    // Opens `relativePath`, or, when it does not exist and a fix may create it
    // (ProjectFixer::canCreate), an empty unmodified buffer that Save creates.
    DockerfileEditor *openOrCreate(const QString &relativePath, QString *error = nullptr);
    DockerfileEditor *editor(const QString &relativePath) const;
    DockerfileEditor *currentEditor() const;
    QList<DockerfileEditor *> editors() const;
    bool hasUnsavedChanges() const;

    // Saves one editor; on failure returns false with the message naming the file.
    bool save(DockerfileEditor *editor, QString *error);
    // Asks about unsaved changes (Save / Discard / Cancel); false when the user cancels or a save fails.
    bool closeEditor(DockerfileEditor *editor);
    bool closeAll();

    void setThemeName(const QString &name);
    void setEditorFont(const QFont &font);

Q_SIGNALS:
    void editorOpened(Armlift::DockerfileEditor *editor);
    void saveFailed(const QString &message);

private:
    DockerfileEditor *openEditor(const QString &relativePath, bool newFile, QString *error);
    void updateTitle(DockerfileEditor *editor);
    static QString tabTitle(const QString &relativePath);
    // Asks with a dialog; returns QMessageBox::Save, Discard or Cancel.
    int askToSave(const QStringList &files);

    QString m_root;
    QString m_themeName;
    QFont m_font;
    bool m_fontSet = false;
};

} // namespace Armlift
