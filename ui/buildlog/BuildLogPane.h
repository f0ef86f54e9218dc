#pragma once

#include "buildlog/BuildLogDoctor.h"

#include <QDockWidget>
#include <QHash>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Armlift {

// A dock where a failed build's log is pasted or dropped (a file from the file manager or
// text from a terminal). "Diagnose" names each cause, its rule and the Dockerfile line;
// activating a cause emits openLocation() for that line, "Apply Fix" the Dockerfile rule's
// quick fix (fixRequested, as the problems view does).
class BuildLogPane : public QDockWidget
{
    Q_OBJECT

public:
    explicit BuildLogPane(QWidget *parent = nullptr);

    // The opened project (folder or Dockerfile): the log's steps are matched against its
    // Dockerfiles. `overrides`: unsaved editor texts by relative path.
    void setProjectRoot(const QString &root);
    void setOverrides(const QHash<QString, QString> &overrides) { m_overrides = overrides; }

    void setLogText(const QString &text);
    QString logText() const;
    // Reads a log file into the pane and diagnoses it; false (with a message shown) on error.
    bool loadLogFile(const QString &path);

    const BuildLogDiagnosis &diagnosis() const { return m_diagnosis; }
    QTreeWidget *causesView() const { return m_causes; }
    QString statusText() const;

public Q_SLOTS:
    void diagnose();

Q_SIGNALS:
    // `file` relative to the project root, `line` 1-based.
    void openLocation(const QString &file, int line);
    void fixRequested(const Armlift::Finding &finding, int fixIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseLogFile();
    void activate(QTreeWidgetItem *item);
    void updateButtons();
    bool isProjectFile(const QString &file) const;

    QString m_root;
    QString m_logName;
    QHash<QString, QString> m_overrides;
    BuildLogDiagnosis m_diagnosis;
    QPlainTextEdit *m_input;
    QPushButton *m_openButton;
    QPushButton *m_diagnoseButton;
    QPushButton *m_fixButton;
    QTreeWidget *m_causes;
    QLabel *m_status;
};

} // namespace Armlift
