#pragma once

#include <QWidget>

namespace Armlift {

class DockerfileEditor;

// The editor's left margin: a marker column (severity icon, or a light bulb on the cursor's
// line when a fix is available there) and line numbers. Placed with setViewportMargins.
class EditorGutter : public QWidget
{
    Q_OBJECT
public:
    explicit EditorGutter(DockerfileEditor *editor);

    int preferredWidth() const;
    int markerWidth() const;
    QSize sizeHint() const override;

    // What the marker column shows for a 1-based line: "" (nothing), "bulb", or a severity name.
    QString markerForLine(int line) const;

Q_SIGNALS:
    void markerClicked(int line, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int lineAt(int y) const;

    DockerfileEditor *m_editor;
};

} // namespace Armlift
