#pragma once

#include <QObject>
#include <QTimer>

namespace Armlift {

class MainWindow;

// `armlift --screenshot FILE [PATH]`: waits until the window's scan has finished and a file is
// open (the given one, else the first Dockerfile with a problem, its first problem selected),
// lets the editor paint, grabs the window and writes the PNG.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow *window, const QString &output, QObject *parent = nullptr);

    void setFileToOpen(const QString &relativePath) { m_openFile = relativePath; }
    // Opens `path` (may be empty: the welcome page) and takes the screenshot when ready.
    void start(const QString &path);

Q_SIGNALS:
    void done(bool ok, const QString &message);

private:
    void capture();

    MainWindow *m_window;
    QString m_output;
    QString m_openFile;
    QTimer m_timeout;
};

} // namespace Armlift
