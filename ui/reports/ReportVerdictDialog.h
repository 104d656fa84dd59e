#pragma once

#include <QDialog>

struct ReportVerdict;

// What checking a signed report file found: a headline ("verdictLabel") that says valid or why not, and for a
// valid file whose report it is and its main figures.
class ReportVerdictDialog : public QDialog
{
    Q_OBJECT

public:
    ReportVerdictDialog(const QString& path, const ReportVerdict& verdict, QWidget* parent = nullptr);
};
