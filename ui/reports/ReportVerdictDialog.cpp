#include "ReportVerdictDialog.h"

#include "reports/ReportFile.h"
#include "reports/ReportSummary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportVerdictDialog::ReportVerdictDialog(const QString& path, const ReportVerdict& verdict, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"reportVerdictDialog"_s);
    setWindowTitle(tr("Verify a report file"));
    auto* file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* headline = new QLabel(this);
    headline->setObjectName(u"verdictLabel"_s);
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    const QString colour = verdict.isValid() ? u"#1b7f3b"_s : u"#b03000"_s;
    headline->setStyleSheet(u"color: %1"_s.arg(colour));
    headline->setText(verdict.message);

    auto* figures = new QFormLayout;
    for (const ReportSummary::Line& line : ReportSummary::lines(verdict.payload)) {
        auto* value = new QLabel(line.value, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        figures->addRow(tr("%1:").arg(line.label), value);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(headline);
    layout->addLayout(figures);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}
