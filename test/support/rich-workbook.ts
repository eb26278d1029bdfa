/**
 * The St Helens example (written by ExcelJS) with what ExcelJS cannot model added by editing its
 * parts (issue 10): a chart and a text box on a drawing, a pivot table with its cache, comments,
 * sparklines and data bars with their Excel 2010 `x14` extensions, data validation, custom document
 * properties holding a sensitivity label — besides the print titles (defined names) and print
 * settings the example already has. Built here, not committed as a binary.
 */
import * as fs from 'fs';
import { EXAMPLE_WORKBOOK, rezip } from './xlsx-fixtures';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const LABEL = '{3c1a4f5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f}';

function part(parts: Map<string, Buffer>, name: string, edit: (xml: string) => string): void {
  parts.set(name, Buffer.from(edit(parts.get(name)!.toString('utf8')), 'utf8'));
}

export function richWorkbook(): Buffer {
  return rezip(fs.readFileSync(EXAMPLE_WORKBOOK), (parts) => {
    // The first indicator sheet: data bars (x14), data validation, sparklines, a drawing, comments.
    part(parts, 'xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(
          '<worksheet ',
          `<worksheet ${xml.includes('xmlns:x14=') ? '' : `xmlns:x14="${X14}" `}${xml.includes('xmlns:xm=') ? '' : `xmlns:xm="${XM}" `}`,
        )
        .replace(
          '</mergeCells>',
          '</mergeCells><conditionalFormatting sqref="D5:D20"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="' +
            X14 +
            '"><x14:id>{00000000-0001-0000-0000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="X5:X20"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>',
        )
        .replace(
          '</worksheet>',
          `<drawing r:id="rIdRichD"/><legacyDrawing r:id="rIdRichV"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{00000000-0001-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>D5:D20</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'P1 Children &amp; Young People'!H5:S5</xm:f><xm:sqref>Y5</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>`,
        ),
    );
    parts.set(
      'xl/worksheets/_rels/sheet1.xml.rels',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdRichD" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rIdRichV" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdRichC" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'xl/drawings/drawing1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>25</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>32</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:from><xdr:col>25</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>30</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>23</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Q3 commentary: 👍 on track</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      ),
    );
    parts.set(
      'xl/drawings/_rels/drawing1.xml.rels',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'xl/charts/chart1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'P1 Children &amp; Young People'!$D$5:$D$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
      ),
    );
    parts.set(
      'xl/comments1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Analyst</author></authors><commentList><comment ref="B5" authorId="0"><text><r><t>Definition changed in Q2 🏠</t></r></text></comment></commentList></comments>`,
      ),
    );
    parts.set(
      'xl/drawings/vmlDrawing1.vml',
      Buffer.from(
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
      ),
    );
    // Targets: a pivot table, its cache in the workbook.
    part(parts, 'xl/_rels/workbook.xml.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        `<Relationship Id="rIdRichPC" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
      ),
    );
    part(parts, 'xl/workbook.xml', (xml) =>
      xml
        .replace('</definedNames>', `<definedName name="TargetsTable">Targets!$A$1:$D$20</definedName></definedNames>`)
        .replace('</workbook>', `<pivotCaches><pivotCache cacheId="1" r:id="rIdRichPC"/></pivotCaches></workbook>`),
    );
    parts.set(
      'xl/pivotCache/pivotCacheDefinition1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:D20" sheet="Targets"/></cacheSource><cacheFields count="1"><cacheField name="Ref" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
      ),
    );
    parts.set(
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'xl/pivotCache/pivotCacheRecords1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`,
      ),
    );
    parts.set(
      'xl/pivotTables/pivotTable1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="F1:G3" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`,
      ),
    );
    parts.set(
      'xl/pivotTables/_rels/pivotTable1.xml.rels',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
      ),
    );
    parts.set(
      'xl/worksheets/_rels/sheet7.xml.rels',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
      ),
    );
    // Custom document properties with a sensitivity label (Microsoft Purview writes MSIP_Label_* here).
    parts.set(
      'docProps/custom.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_${LABEL}_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_${LABEL}_Name"><vt:lpwstr>OFFICIAL</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Directorate"><vt:lpwstr>Strategy &amp; Performance</vt:lpwstr></property></Properties>`,
      ),
    );
    part(parts, '_rels/.rels', (xml) =>
      xml.replace(
        '</Relationships>',
        `<Relationship Id="rIdRichCustom" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
      ),
    );
    part(parts, '[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        [
          ['/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'],
          ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
          ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
          ['/xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml'],
          [
            '/xl/pivotCache/pivotCacheDefinition1.xml',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
          ],
          [
            '/xl/pivotCache/pivotCacheRecords1.xml',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
          ],
          [
            '/xl/pivotTables/pivotTable1.xml',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
          ],
        ]
          .map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`)
          .join('') +
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
      ),
    );
  });
}
