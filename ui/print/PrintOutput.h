#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <functional>

class QPagedPaintDevice;
class QWidget;

// The two ways a printed form leaves the program, both through the form's one print function (which returns the
// pages it printed, 0 when the device could not be painted on).
class PrintOutput
{
    Q_DECLARE_TR_FUNCTIONS(PrintOutput)

public:
    using PrintFunction = std::function<int(QPagedPaintDevice&)>;

    // Writes the form to a PDF file; a half-written file never has the name. Returns the page count.
    static Result<int> saveAsPdf(const QString& path, const PrintFunction& print);
    // Asks where to save the form, suggesting "<title>.pdf" in the home folder, saves it there and says in a message
    // box how many pages went where, or why none did.
    static void saveAsPdfAsking(QWidget* parent, const QString& title, const PrintFunction& print);
    // The two halves of saveAsPdfAsking, for a form that should be made only once the user has chosen the file:
    // the path chosen (empty when she cancelled), then the save and its message.
    static QString askPdfPath(QWidget* parent, const QString& title);
    static void saveAsPdfTelling(QWidget* parent, const QString& path, const PrintFunction& print);
    // Shows the print preview, from which the user chooses the printer and prints.
    static void preview(QWidget* parent, const QString& title, const PrintFunction& print);
};
