#pragma once

#include <QFrame>

class QLabel;

// One figure of the overview: what it is, the figure in large type, and a line that explains it.
class FigureTile : public QFrame
{
    Q_OBJECT

public:
    FigureTile(const QString& objectName, const QString& title, QWidget* parent = nullptr);

    // A figure that misses its target is shown in the warning colour.
    void setFigure(const QString& value, const QString& detail, bool warning = false);
    QString value() const;
    QString detail() const;

private:
    QLabel* m_value;
    QLabel* m_detail;
};
