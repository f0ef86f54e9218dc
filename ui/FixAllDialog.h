#pragma once

#include "FixAllPlanner.h"

#include <QDialog>

class QListWidget;

namespace Armlift {

class DiffView;

// The preview of a fix-all: every file it touches, each with a check box (ticked) and its diff
// (unified or side by side). Applying changes only the ticked files.
class FixAllDialog : public QDialog
{
    Q_OBJECT
public:
    FixAllDialog(const QString &title, const FixAllResult &result, QWidget *parent = nullptr);

    QStringList files() const;                 // every touched file, in list order
    void setFileChecked(const QString &path, bool checked);
    QList<FileChange> selectedChanges() const; // the ticked files' changes
    QListWidget *fileList() const { return m_files; }
    DiffView *diffView() const { return m_diff; }

private:
    void showFile(int row);
    void updateApplyButton();

    QList<FileChange> m_changes;
    QListWidget *m_files;
    DiffView *m_diff;
    class QPushButton *m_apply = nullptr;
};

} // namespace Armlift
