// Closing a file or the window with unsaved changes asks Save / Discard / Cancel, offscreen with
// the real message box answered by clicking its buttons: Cancel keeps everything, Discard leaves
// the file as it is on disk, Save writes it.
#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"
#include "UiTestUtil.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Armlift;
using namespace Armlift::Internal;

class TestCloseAsk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    DockerfileEditor *m_editor = nullptr;
    QString m_question;

    void openModified()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(writeFile(m_dir->filePath(u"Dockerfile"_s), goDockerfile()));
        m_window = new MainWindow;
        QVERIFY(showAndScan(*m_window, m_dir->path()));
        m_editor = m_window->openFile(u"Dockerfile"_s);
        QVERIFY(m_editor);
        m_editor->moveCursor(QTextCursor::Start);
        m_editor->textCursor().insertText(u"# unsaved\n"_s);
        QVERIFY(m_editor->document()->isModified());
    }

    // Answers the next message box with `button` once it is up (it runs its own event loop).
    void answer(QMessageBox::StandardButton button)
    {
        m_question.clear();
        // A timer owned by the test polls for the dialog and deletes itself once it answered
        // (a self-referencing callback would never be freed: LeakSanitizer reported it).
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [this, button, poll] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            poll->stop();
            poll->deleteLater();
            m_question = box->text();
            box->button(button)->click();
        });
        poll->start();
    }

    QString disk() const { return readFile(m_dir->filePath(u"Dockerfile"_s)); }

private Q_SLOTS:
    void initTestCase() { qputenv("ARMLIFT_NO_USER_SETTINGS", "1"); }

    void cleanup()
    {
        if (m_editor && m_window->editorTabs()->indexOf(m_editor) >= 0)
            m_editor->document()->setModified(false); // let the window go without asking
        delete m_window;
        m_window = nullptr;
        m_editor = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void cancelKeepsTheEditor()
    {
        openModified();
        answer(QMessageBox::Cancel);
        QVERIFY(!m_window->editorTabs()->closeEditor(m_editor));
        QVERIFY2(m_question.contains(u"Dockerfile"_s), qPrintable(m_question));
        QCOMPARE(m_window->editorTabs()->count(), 1);
        QVERIFY(m_editor->toPlainText().startsWith(u"# unsaved\n"_s));
        QCOMPARE(disk(), goDockerfile());
    }

    void discardClosesWithoutWriting()
    {
        openModified();
        answer(QMessageBox::Discard);
        QVERIFY(m_window->editorTabs()->closeEditor(m_editor));
        m_editor = nullptr;
        QCOMPARE(m_window->editorTabs()->count(), 0);
        QCOMPARE(disk(), goDockerfile());
    }

    void saveWritesThenCloses()
    {
        openModified();
        answer(QMessageBox::Save);
        QVERIFY(m_window->editorTabs()->closeEditor(m_editor));
        m_editor = nullptr;
        QCOMPARE(disk(), u"# unsaved\n"_s + goDockerfile());
    }

    void quittingAsksToo()
    {
        openModified();
        answer(QMessageBox::Cancel);
        QVERIFY(!m_window->close()); // the close event was ignored
        QVERIFY(m_window->isVisible());
        QVERIFY(m_question.contains(u"Dockerfile"_s));
        answer(QMessageBox::Save);
        QVERIFY(m_window->close());
        m_editor = nullptr;
        QCOMPARE(disk(), u"# unsaved\n"_s + goDockerfile());
    }
};

QTEST_MAIN(TestCloseAsk)
#include "tst_closeask.moc"
