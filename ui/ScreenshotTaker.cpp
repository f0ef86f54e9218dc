#include "ScreenshotTaker.h"

#include "DockerfileEditor.h"
#include "EditorTabs.h"
#include "MainWindow.h"

#include <QDir>
#include <QImage>
#include <QPixmap>

namespace Armlift {

namespace {
constexpr int ScanTimeoutMs = 120000;
constexpr int SettleMs = 400; // highlighting, layout and the first paint of every dock
} // namespace

ScreenshotTaker::ScreenshotTaker(MainWindow *window, const QString &output, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_output(output)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(ScanTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        Q_EMIT done(false, tr("The scan of %1 did not finish within %2 s; no screenshot was written.")
                               .arg(QDir::toNativeSeparators(m_window->root()))
                               .arg(ScanTimeoutMs / 1000));
    });
}

void ScreenshotTaker::start(const QString &path)
{
    if (path.isEmpty()) {
        QTimer::singleShot(SettleMs, this, &ScreenshotTaker::capture);
        return;
    }
    connect(m_window, &MainWindow::scanFinished, this, [this] {
        m_timeout.stop();
        if (!m_openFile.isEmpty()) {
            bool shown = false;
            for (const Finding &f : m_window->findings()) {
                if (f.file == m_openFile) {
                    m_window->showFinding(f);
                    shown = true;
                    break;
                }
            }
            if (!shown)
                m_window->openFile(m_openFile);
        }
        QTimer::singleShot(SettleMs, this, &ScreenshotTaker::capture);
    }, Qt::SingleShotConnection);
    m_timeout.start();
    if (!m_window->openPath(path)) {
        m_timeout.stop();
        // Queued: the caller connects and enters its event loop after start() returns.
        const QString message = m_window->lastMessage();
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT done(false, message); }, Qt::QueuedConnection);
    }
}

void ScreenshotTaker::capture()
{
    // The editor gets the focus like after a jump, so the current-line highlight is shown.
    if (DockerfileEditor *editor = m_window->editorTabs()->currentEditor())
        editor->setFocus();
    QImage image = m_window->grab().toImage();
    const QSize logical = m_window->size();
    if (image.size() != logical)
        image = image.scaled(logical, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (!image.save(m_output, "PNG")) {
        Q_EMIT done(false, tr("Could not write the screenshot to %1.").arg(QDir::toNativeSeparators(m_output)));
        return;
    }
    Q_EMIT done(true, tr("Screenshot written to %1 (%2\u00d7%3).")
                          .arg(QDir::toNativeSeparators(m_output))
                          .arg(image.width())
                          .arg(image.height()));
}

} // namespace Armlift
