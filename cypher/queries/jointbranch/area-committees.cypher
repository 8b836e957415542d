// The AREA party organization (park, street or sector committee) nearest over each place:
// the park's committee when the place has a park, else the committee of the closest area at or
// above the place's community. Parameters: $places: [{key, parkId, areaCode}].
UNWIND $places AS place
OPTIONAL MATCH (:Park {id: place.parkId})<-[:IN_PARK]-(parkCommittee:PartyOrganization {formation: 'AREA'})
OPTIONAL MATCH path = (:Area {code: place.areaCode})-[:PART_OF*0..]->(:Area)<-[:IN_AREA]-(areaCommittee:PartyOrganization {formation: 'AREA'})
WITH place, parkCommittee, areaCommittee, length(path) AS distance
ORDER BY distance
WITH place, head(collect(parkCommittee.id)) AS park, head(collect(areaCommittee.id)) AS area
RETURN place.key AS key, coalesce(park, area) AS partyOrganizationId;
