"""Service reports for partners: PDF with a chart, CSV and XLSX."""
